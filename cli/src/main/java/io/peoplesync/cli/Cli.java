package io.peoplesync.cli;

import io.peoplesync.cli.input.BadInputException;
import io.peoplesync.provisioning.GuardRailException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Builds the {@code peoplesync} command line: the top command, its three subcommands and the
 * mapping from failures to {@link ExitCode}s.
 *
 * <pre>{@code
 * int code = Cli.commandLine(new CliContext(env::get, false)).execute("plan", "--employees", ...);
 * }</pre>
 *
 * <p>Bad input or config prints every problem and returns 2; a guard rail's refusal returns 3; any
 * other failure prints its message (never a stack trace with secrets) and returns 1.
 */
public final class Cli {
  private Cli() {}

  /** Returns a fresh command line bound to {@code context}; set its out and err to capture them. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine cli = new CommandLine(new Top());
    cli.addSubcommand(new SandboxCommand());
    cli.addSubcommand(new PlanCommand(context));
    cli.addSubcommand(new ApplyCommand(context));
    cli.addSubcommand(new CommandLine.HelpCommand());
    cli.setExecutionExceptionHandler(new Failures());
    return cli;
  }

  /** The top command: only its subcommands do something. */
  @Command(
      name = "peoplesync",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = "Keeps five HR vendors in step with an HR export (CSV).",
      footer = {
        "",
        "Exit codes: 0 all applied, 1 some changes failed, 2 bad input or config,"
            + " 3 refused by a guard rail."
      })
  static final class Top implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "Missing command: sandbox, plan or apply");
    }
  }

  /** Reports the version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"peoplesync " + (v == null ? "development" : v)};
    }
  }

  private static final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
      PrintWriter err = cli.getErr();
      if (e instanceof BadInputException) {
        err.println(e.getMessage());
        for (Throwable more : e.getSuppressed()) {
          err.println(more.getMessage());
        }
        err.println("Nothing was sent.");
        err.flush();
        return ExitCode.BAD_INPUT;
      }
      if (e instanceof GuardRailException) {
        err.println(ApplyCommand.refusal((GuardRailException) e));
        err.flush();
        return ExitCode.GUARD_RAIL;
      }
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      err.flush();
      return ExitCode.SOME_FAILED;
    }
  }
}
