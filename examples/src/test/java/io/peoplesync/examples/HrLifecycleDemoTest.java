package io.peoplesync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.Provisioner;
import io.peoplesync.provisioning.StateStore;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HrLifecycleDemoTest {
  @Test
  void runsTheWholeLifecycleAndMatchesTheCsv() {
    assertThat(HrLifecycleDemo.run()).isZero();
  }

  @Test
  void verificationReportsAVendorThatMissedAStep() {
    List<HrRow> rows = EmployeesCsv.load();
    try (OrtecCheck ortec = new OrtecCheck()) {
      Provisioner p =
          Provisioner.builder().target(ortec.target()).stateStore(StateStore.inMemory()).build();
      List<Employee> hired = rows.stream().map(HrRow::hired).collect(Collectors.toList());
      p.sync(hired);

      assertThat(ortec.verify(rows)).isNotEmpty().anyMatch(line -> line.contains("function"));
    }
  }

  @Test
  void readsTheBundledDozenEmployees() {
    List<HrRow> rows = EmployeesCsv.load();

    assertThat(rows).hasSize(12);
    assertThat(rows).filteredOn(e -> e.leaves).hasSize(3);
    assertThat(rows).filteredOn(e -> e.managerId != null).hasSize(6);
  }
}
