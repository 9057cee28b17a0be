package io.peoplesync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HrLifecycleDemoTest {
  @Test
  void runsTheWholeLifecycleAndMatchesTheCsv() {
    assertThat(HrLifecycleDemo.run()).isZero();
  }

  @Test
  void verificationReportsAVendorThatMissedAStep() {
    List<Employee> employees = EmployeesCsv.load();
    try (OrtecSync ortec = new OrtecSync()) {
      ortec.hire(employees);

      assertThat(ortec.verify(employees)).isNotEmpty().anyMatch(line -> line.contains("function"));
    }
  }

  @Test
  void readsTheBundledDozenEmployees() {
    List<Employee> employees = EmployeesCsv.load();

    assertThat(employees).hasSize(12);
    assertThat(employees).filteredOn(e -> e.leaves).hasSize(3);
  }
}
