package io.peoplesync.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void knownStatusesReadInAnyCaseAndUnknownOnesKeepTheirRawText() {
    assertThat(EmploymentStatus.of(" terminated ")).isSameAs(EmploymentStatus.TERMINATED);
    assertThat(EmploymentStatus.of("Prehire")).isSameAs(EmploymentStatus.PREHIRE);
    EmploymentStatus odd = EmploymentStatus.of("Garden leave");
    assertThat(odd.value()).isEqualTo("Garden leave");
    assertThat(odd.isKnown()).isFalse();
    assertThat(odd.isEmployed()).isFalse();
    assertThat(odd).isEqualTo(EmploymentStatus.of("Garden leave"));
    assertThat(EmploymentStatus.LEAVE.isEmployed()).isTrue();
    assertThatThrownBy(() -> EmploymentStatus.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status: must not be blank");
  }

  @Test
  void anEmployeeNeedsAnIdAndAnEndNotBeforeItsStart() {
    assertThatThrownBy(() -> Employee.builder().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: must not be blank");
    assertThatThrownBy(
            () ->
                Employee.builder()
                    .id("E-1")
                    .startDate(LocalDate.of(2026, 2, 1))
                    .endDate(LocalDate.of(2026, 1, 31))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endDate: must not be before startDate");
    Employee e = Employee.builder().id("E-1").putAttribute("site", "Ghent").build();
    assertThat(e.status()).isEqualTo(EmploymentStatus.ACTIVE);
    assertThat(e.attribute("site")).hasValue("Ghent");
    assertThat(e.withJobTitle("Dev").jobTitle()).hasValue("Dev");
  }

  @Test
  void guardRailSharesAreChecked() {
    assertThatThrownBy(() -> Provisioner.builder().maxDeactivationShare(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDeactivationShare: must be between 0 and 1");
    assertThatThrownBy(() -> Provisioner.builder().stateStore(StateStore.inMemory()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("target: at least one is required");
    assertThatThrownBy(() -> ApplyOptions.builder().allowDeactivations(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowDeactivations: must not be negative");
  }
}
