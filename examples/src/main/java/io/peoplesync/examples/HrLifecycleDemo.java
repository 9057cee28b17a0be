package io.peoplesync.examples;

import io.peoplesync.provisioning.ChangeKind;
import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.Plan;
import io.peoplesync.provisioning.Provisioner;
import io.peoplesync.provisioning.StateStore;
import io.peoplesync.provisioning.SyncReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a whole HR lifecycle — hire, change, leave, and a re-sync that has nothing to do — through
 * the provisioning layer over the five clients, against the testkit's in-process fakes; then reads
 * every vendor's state back and compares it with the bundled CSV. Exits with 0 only when every
 * vendor matches.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests -pl examples -am verify}.
 */
public final class HrLifecycleDemo {
  private HrLifecycleDemo() {}

  /**
   * Runs the demo; the process exit code is 0 when the final state matches the CSV, 1 otherwise.
   */
  public static void main(String[] args) {
    int status = run();
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run() {
    List<HrRow> rows = EmployeesCsv.load();
    System.out.printf(
        "peoplesync HR lifecycle demo: %d employees, %d leavers%n%n",
        rows.size(), rows.stream().filter(e -> e.leaves).count());

    List<VendorCheck> vendors = new ArrayList<>();
    int failures = 0;
    try {
      for (Supplier<VendorCheck> start : VendorRoster.all()) {
        vendors.add(start.get());
      }
      Provisioner.Builder builder = Provisioner.builder().stateStore(StateStore.inMemory());
      vendors.forEach(v -> builder.target(v.target()));
      // Three of twelve leave at once: 25 %, above the default 10 % rail, so the demo allows it.
      Provisioner provisioner = builder.maxDeactivationShare(0.25).build();

      failures += step("hire", provisioner, vendors, rows, HrRow::hired);
      failures += step("change", provisioner, vendors, rows, HrRow::changed);
      failures += step("leave", provisioner, vendors, rows, HrRow::last);
      failures += step("re-sync", provisioner, vendors, rows, HrRow::last);

      System.out.printf("%n%-10s %-6s %s%n", "vendor", "state", "what the vendor holds now");
      for (VendorCheck v : vendors) {
        List<String> problems = v.verify(rows);
        failures += problems.size();
        System.out.printf(
            "%-10s %-6s %s%n", v.vendor(), problems.isEmpty() ? "OK" : "DIFF", v.summary());
        problems.forEach(p -> System.out.println("           - " + p));
      }
    } finally {
      vendors.forEach(VendorCheck::close);
    }
    System.out.println();
    System.out.println(
        failures == 0
            ? "Final state matches the CSV for every vendor."
            : failures + " difference(s) from the CSV.");
    return failures == 0 ? 0 : 1;
  }

  private static int step(
      String name,
      Provisioner provisioner,
      List<VendorCheck> vendors,
      List<HrRow> rows,
      Function<HrRow, Employee> state) {
    List<Employee> employees = rows.stream().map(state).collect(Collectors.toList());
    long start = System.nanoTime();
    Plan plan = provisioner.plan(employees);
    SyncReport report = provisioner.apply(plan);
    vendors.forEach(VendorCheck::afterStep);
    System.out.printf(
        "%-8s %2d create, %2d update, %2d unchanged, %2d deactivate, %d failed, %4d ms%n",
        name,
        plan.count(ChangeKind.CREATE),
        plan.count(ChangeKind.UPDATE),
        plan.count(ChangeKind.UNCHANGED),
        plan.count(ChangeKind.DEACTIVATE),
        report.failures().size(),
        (System.nanoTime() - start) / 1_000_000);
    report
        .failures()
        .forEach(
            o ->
                System.out.println(
                    "         - "
                        + o.change().target()
                        + " "
                        + o.change().employeeId()
                        + ": "
                        + o.error().map(Throwable::getMessage).orElse("failed")));
    return report.failures().size();
  }
}
