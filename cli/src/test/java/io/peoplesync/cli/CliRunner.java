package io.peoplesync.cli;

import io.peoplesync.cli.sandbox.Sandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real commands in process against a sandbox, capturing what they print. */
final class CliRunner implements AutoCloseable {
  final Path dir;
  final Sandbox sandbox;
  final Path config;
  final Map<String, String> env = new HashMap<>();

  CliRunner(Path dir) {
    this.dir = dir;
    this.sandbox = Sandbox.start();
    this.config = dir.resolve("sandbox.yaml");
    sandbox.writeConfig(config);
  }

  /** What one command did: its exit code and its two outputs. */
  static final class Result {
    final int exitCode;
    final String out;
    final String err;

    Result(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Cli.commandLine(new CliContext(env::get, false));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  Result apply(Staff staff, String... extra) {
    return apply(staff.write(dir.resolve("employees.csv")), extra);
  }

  Result apply(Path csv, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("apply", "--employees", csv.toString(), "--config", config.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(new String[0]));
  }

  long writes() {
    return sandbox.totalWriteRequests();
  }

  long requests() {
    return sandbox.fakes().values().stream().mapToLong(f -> f.requests().size()).sum();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
