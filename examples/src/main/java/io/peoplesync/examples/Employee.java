package io.peoplesync.examples;

import java.time.LocalDate;

/** One row of the bundled HR extract: who joins, what changes, who leaves. */
final class Employee {
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

  Employee(String[] cells) {
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
  }

  /** Returns the mobile number the demo invents for vendors that key users by phone. */
  String mobile() {
    return "+3247" + id.replaceAll("\\D", "") + "00";
  }

  @Override
  public String toString() {
    return id + " " + firstName + " " + lastName;
  }
}
