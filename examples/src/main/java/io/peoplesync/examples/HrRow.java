package io.peoplesync.examples;

import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.EmploymentStatus;
import java.time.LocalDate;

/** One row of the bundled HR extract: who joins, what changes, who leaves. */
final class HrRow {
  /** The last working day of every leaver in the demo. */
  static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

  final String id;
  final String firstName;
  final String lastName;
  final String email;
  final String jobTitle;
  final String department;
  final LocalDate startDate;
  final String newJobTitle;
  final String newDepartment;
  final boolean leaves;
  final String managerId;

  HrRow(String[] cells) {
    this.id = cells[0];
    this.firstName = cells[1];
    this.lastName = cells[2];
    this.email = cells[3];
    this.jobTitle = cells[4];
    this.department = cells[5];
    this.startDate = LocalDate.parse(cells[6]);
    this.newJobTitle = cells[7];
    this.newDepartment = cells[8];
    this.leaves = Boolean.parseBoolean(cells[9]);
    this.managerId = cells.length > 10 && !cells[10].isBlank() ? cells[10] : null;
  }

  /** Returns whether the change step changes this employee's title or department. */
  boolean changes() {
    return !jobTitle.equals(newJobTitle) || !department.equals(newDepartment);
  }

  /** Returns the employee as HR describes them on the first day. */
  Employee hired() {
    Employee.Builder b =
        Employee.builder()
            .id(id)
            .givenName(firstName)
            .familyName(lastName)
            .workEmail(email)
            .jobTitle(jobTitle)
            .department(department)
            .startDate(startDate)
            .status(EmploymentStatus.ACTIVE);
    if (managerId != null) {
      b.managerId(managerId);
    }
    return b.build();
  }

  /** Returns the employee after the reorganisation. */
  Employee changed() {
    return Employee.builder().from(hired()).jobTitle(newJobTitle).department(newDepartment).build();
  }

  /** Returns the employee at the end: a leaver is terminated on {@link #LAST_DAY}. */
  Employee last() {
    return leaves
        ? changed().withStatus(EmploymentStatus.TERMINATED).withEndDate(LAST_DAY)
        : changed();
  }

  @Override
  public String toString() {
    return id + " " + firstName + " " + lastName;
  }
}
