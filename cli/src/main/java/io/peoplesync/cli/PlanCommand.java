package io.peoplesync.cli;

import io.peoplesync.provisioning.Plan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peoplesync plan}: prints what {@code apply} would do, per target; sends no write. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the employees with what each vendor was last given and prints the plan:",
      "counts per target, then every change. Nothing is written to any vendor."
    })
final class PlanCommand implements Callable<Integer> {
  /** How the plan is printed. */
  enum Format {
    text,
    json
  }

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin SyncOptions sync;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (a table) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  PlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (Session session = Session.open(sync, context, event -> {})) {
      Plan plan = session.provisioner.plan(session.employees);
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(plan.toJson());
      } else {
        out.printf(
            "Plan for %d employees from %s, %d targets:%n%n",
            session.employees.size(), sync.employees, session.targets.size());
        out.print(plan.toTable());
        if (!plan.hasWrites()) {
          out.printf("%nNothing to change.%n");
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
