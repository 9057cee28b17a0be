package io.peoplesync.cli;

/**
 * The entry point of {@code peoplesync.jar}: runs one command and exits with its {@link ExitCode}.
 *
 * <pre>
 * java -jar peoplesync.jar apply --employees employees.csv --config peoplesync.yaml
 * java -cp peoplesync.jar:postgresql.jar io.peoplesync.cli.Main apply ... --state jdbc:postgresql://...
 * </pre>
 */
public final class Main {
  private Main() {}

  /** Runs {@code args} as a peoplesync command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    int code = Cli.commandLine(CliContext.system()).execute(args);
    System.exit(code);
  }
}
