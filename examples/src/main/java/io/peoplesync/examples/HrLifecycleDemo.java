package io.peoplesync.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a whole HR lifecycle — hire, change, leave — through the five peoplesync clients against the
 * testkit's in-process fakes, then reads every vendor's state back and compares it with the bundled
 * CSV. Exits with 0 only when every vendor matches.
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
    List<Employee> employees = EmployeesCsv.load();
    List<Employee> leavers = employees.stream().filter(e -> e.leaves).collect(Collectors.toList());
    System.out.printf(
        "peoplesync HR lifecycle demo: %d employees, %d leavers%n%n",
        employees.size(), leavers.size());

    List<VendorSync> vendors = new ArrayList<>();
    int failures = 0;
    try {
      for (Supplier<VendorSync> start : VendorRoster.all()) {
        vendors.add(start.get());
      }
      step("hire", vendors, v -> v.hire(employees));
      step("change", vendors, v -> v.change(employees));
      step("leave", vendors, v -> v.leave(leavers));

      System.out.printf("%n%-10s %-6s %s%n", "vendor", "state", "what the vendor holds now");
      for (VendorSync v : vendors) {
        List<String> problems = v.verify(employees);
        failures += problems.size();
        System.out.printf(
            "%-10s %-6s %s%n", v.vendor(), problems.isEmpty() ? "OK" : "DIFF", v.summary());
        problems.forEach(p -> System.out.println("           - " + p));
      }
    } finally {
      vendors.forEach(VendorSync::close);
    }
    System.out.println();
    System.out.println(
        failures == 0
            ? "Final state matches the CSV for every vendor."
            : failures + " difference(s) from the CSV.");
    return failures == 0 ? 0 : 1;
  }

  private interface Step {
    void apply(VendorSync vendor);
  }

  private static void step(String name, List<VendorSync> vendors, Step step) {
    for (VendorSync v : vendors) {
      long start = System.nanoTime();
      step.apply(v);
      System.out.printf(
          "%-7s %-10s done in %4d ms%n", name, v.vendor(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
