package io.peoplesync.cli;

import io.peoplesync.cli.output.JsonReport;
import io.peoplesync.cli.output.Progress;
import io.peoplesync.cli.output.Summary;
import io.peoplesync.provisioning.ApplyOptions;
import io.peoplesync.provisioning.ChangeKind;
import io.peoplesync.provisioning.GuardRailException;
import io.peoplesync.provisioning.Outcome;
import io.peoplesync.provisioning.Plan;
import io.peoplesync.provisioning.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code peoplesync apply}: plans, then applies the plan with progress per target, then prints a
 * summary table per target and optionally writes the JSON report.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Applies the plan to every vendor and prints a summary table per target.",
      "%nPlans as plan does, then creates, updates and deactivates users in each vendor,"
          + " showing progress per target. Guard rails refuse a plan that deactivates too many"
          + " users or follows a much shorter file."
    },
    footer = {
      "",
      "Exit codes: 0 all applied, 1 some changes failed, 2 bad input or config,"
          + " 3 refused by a guard rail."
    })
final class ApplyCommand implements Callable<Integer> {
  private static final int FAILURES_SHOWN = 20;

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin SyncOptions sync;

  @Option(names = "--dry-run", description = "Print the plan and stop: nothing is applied.")
  boolean dryRun;

  @Option(
      names = "--allow-deactivations",
      paramLabel = "N",
      description =
          "For this run only: allow up to N deactivations and deletions per target, whatever the"
              + " guard rails' shares, and a shrunken employees file.")
  Integer allowDeactivations;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write a JSON report: counts per target and every change's outcome.")
  Path report;

  ApplyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (allowDeactivations != null && allowDeactivations < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--allow-deactivations: must be 0 or more, was " + allowDeactivations);
    }
    if (report != null && !Files.isDirectory(report.toAbsolutePath().getParent())) {
      throw new ParameterException(
          spec.commandLine(),
          "--report: no such directory: " + report.toAbsolutePath().getParent());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.of(context.terminal(), err);
    try (Session session = Session.open(sync, context, progress)) {
      Plan plan = session.provisioner.plan(session.employees);
      out.printf(
          "Plan for %d employees from %s:%n%n%s",
          session.employees.size(), sync.employees, plan.toString());
      out.flush();
      if (dryRun) {
        out.printf("%nDry run: nothing was applied.%n");
        out.flush();
        return ExitCode.OK;
      }
      progress.begin(writes(plan));
      long started = System.nanoTime();
      SyncReport result;
      try {
        result = session.provisioner.apply(plan, options());
      } finally {
        progress.close();
      }
      Summary summary = Summary.of(session.targets, result);
      out.printf("%nApplied in %.1f s:%n%n", (System.nanoTime() - started) / 1e9);
      out.print(summary.table());
      printFailures(out, result.failures());
      writeReport(out, summary, result);
      out.flush();
      return result.failures().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    } catch (GuardRailException e) {
      err.println(refusal(e));
      err.flush();
      return ExitCode.GUARD_RAIL;
    }
  }

  private ApplyOptions options() {
    if (allowDeactivations == null) {
      return ApplyOptions.defaults();
    }
    // The deactivation allowance still caps every target, so the shrink rail may go for this run.
    return ApplyOptions.builder().allowDeactivations(allowDeactivations).allowShrink(true).build();
  }

  private static Map<String, Long> writes(Plan plan) {
    Map<String, Long> writes = new LinkedHashMap<>();
    for (String target : plan.targets()) {
      long n = 0;
      for (ChangeKind k : ChangeKind.values()) {
        n += k == ChangeKind.UNCHANGED ? 0 : plan.count(target, k);
      }
      writes.put(target, n);
    }
    return writes;
  }

  private static void printFailures(PrintWriter out, List<Outcome> failures) {
    if (failures.isEmpty()) {
      return;
    }
    out.printf("%n%d changes failed:%n", failures.size());
    for (Outcome o : failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))) {
      out.printf(
          "  %-10s %-14s %-10s %s%n",
          o.change().target(),
          o.change().employeeId(),
          o.change().kind(),
          o.error().map(Throwable::getMessage).orElse("failed"));
    }
    if (failures.size() > FAILURES_SHOWN) {
      out.printf(
          "  ... and %d more (--report lists every one)%n", failures.size() - FAILURES_SHOWN);
    }
  }

  private void writeReport(PrintWriter out, Summary summary, SyncReport result) {
    if (report == null) {
      return;
    }
    try {
      JsonReport.write(report, summary, result);
      out.printf("%nReport written to %s%n", report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + report, e);
    }
  }

  /** Returns what the CLI says when a guard rail refuses a plan. */
  static String refusal(GuardRailException e) {
    // For the population rail the dropped employees are the deactivations to expect.
    return "Refused by a guard rail: "
        + e.getMessage().replace(" (allow it explicitly with ApplyOptions)", "")
        + System.lineSeparator()
        + "Nothing was sent. If this is intended, run again with --allow-deactivations "
        + e.planned()
        + ".";
  }
}
