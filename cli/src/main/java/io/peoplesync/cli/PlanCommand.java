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
      "Prints what apply would do, per target; writes nothing.",
      "%nCompares the employees with what each vendor was last given (the state database) and"
          + " prints counts per target, then every change with its fields' old and new values."
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
