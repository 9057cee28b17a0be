package io.peoplesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxCommandTest {
  @TempDir Path dir;

  private static CommandLine cli(StringWriter out) {
    CommandLine cli = Cli.commandLine(new CliContext(name -> null, false));
    cli.setOut(new PrintWriter(out, true));
    return cli;
  }

  @Test
  @Timeout(120)
  void servesTheFakesUntilStoppedAndItsConfigAndSampleWorkWithApply() throws Exception {
    Path config = dir.resolve("sandbox.yaml");
    Path sample = dir.resolve("employees.csv");
    StringWriter out = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread sandbox =
        new Thread(
            () ->
                exit.set(
                    cli(out)
                        .execute(
                            "sandbox",
                            "--config-out",
                            config.toString(),
                            "--sample-employees",
                            sample.toString(),
                            "--for",
                            "10m")));
    sandbox.start();
    while (!out.toString().contains("Stops in 10m.")) {
      assertThat(sandbox.isAlive()).as(out.toString()).isTrue();
      Thread.onSpinWait();
    }
    assertThat(out.toString())
        .contains("Sandbox running: five fake vendors on loopback.")
        .containsPattern("spencer +http://127\\.0\\.0\\.1:\\d+/agent/integration/api/v1")
        .contains("Config written to " + config)
        .contains("Sample employees written to " + sample);
    assertThat(Files.readAllLines(sample)).hasSize(26);

    StringWriter applyOut = new StringWriter();
    int code =
        cli(applyOut)
            .execute("apply", "--employees", sample.toString(), "--config", config.toString());
    assertThat(code).as(applyOut.toString()).isEqualTo(ExitCode.OK);
    assertThat(applyOut.toString()).containsPattern("total\\s+125\\s+0\\s+0\\s+0\\s+0\\s+0");

    sandbox.interrupt();
    sandbox.join();
    assertThat(exit.get()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).endsWith("Sandbox stopped." + System.lineSeparator());
  }

  @Test
  void stopsByItselfWhenTheDurationHasPassed() {
    StringWriter out = new StringWriter();

    int code =
        cli(out)
            .execute("sandbox", "--config-out", dir.resolve("s.yaml").toString(), "--for", "1ms");

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("Stops in 0.001s.").contains("Sandbox stopped.");
  }
}
