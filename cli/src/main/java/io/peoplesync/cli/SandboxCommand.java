package io.peoplesync.cli;

import io.peoplesync.cli.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peoplesync sandbox}: starts the five fake vendors on loopback, writes a config pointing at
 * them, and serves until stopped (Ctrl-C, an interrupt) or until {@code --for} has passed.
 */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "Runs five fake vendors on loopback and writes a config that points at them.",
      "%nThe fakes (Spencer, ORTEC, Publisher, Springest, Pepper) keep their users in memory"
          + " until the sandbox stops: on Ctrl-C, or when --for has passed."
    })
final class SandboxCommand implements Callable<Integer> {
  /** The bundled sample employees, the same as the demo's first file. */
  static final String SAMPLE = "/io/peoplesync/cli/demo/employees.csv";

  @Spec CommandSpec spec;

  @Option(
      names = "--config-out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the config for plan and apply.")
  Path configOut;

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Stop after this long: 90s, 10m, 1h30m. Default: until stopped.")
  Duration duration;

  @Option(
      names = "--sample-employees",
      paramLabel = "CSV",
      description = "Also write a sample employees CSV (25 people) to try the sandbox with.")
  Path sample;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Sandbox sandbox = Sandbox.start()) {
      sandbox.writeConfig(configOut);
      if (sample != null) {
        writeSample(sample);
      }
      out.printf("Sandbox running: five fake vendors on loopback.%n");
      sandbox.fakes().forEach((name, fake) -> out.printf("  %-10s %s%n", name, fake.baseUri()));
      out.printf("Config written to %s%n", configOut);
      if (sample != null) {
        out.printf("Sample employees written to %s%n", sample);
      }
      out.printf(
          "Try: java -jar peoplesync.jar apply --employees %s --config %s%n",
          sample == null ? "employees.csv" : sample, configOut);
      out.printf(
          duration == null ? "Press Ctrl-C to stop.%n" : "Stops in %s.%n",
          duration == null ? "" : duration.toString().substring(2).toLowerCase(Locale.ROOT));
      out.flush();
      CountDownLatch never = new CountDownLatch(1);
      if (duration == null) {
        never.await();
      } else {
        never.await(duration.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      // An interrupt is the in-process way to stop, like Ctrl-C for the process.
      Thread.currentThread().interrupt();
    }
    out.printf("Sandbox stopped.%n");
    out.flush();
    return ExitCode.OK;
  }

  private static void writeSample(Path target) {
    try (InputStream in = SandboxCommand.class.getResourceAsStream(SAMPLE)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
