package io.peoplesync.cli.input;

import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.EmploymentStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an employees CSV may have: one per {@link Employee} field, in the model's order, plus
 * {@code attribute.<name>} for custom attributes. Each column knows how to check its text and set
 * it on a builder.
 */
final class EmployeeColumns {
  /** The prefix of a custom attribute's column: {@code attribute.site}. */
  static final String ATTRIBUTE_PREFIX = "attribute.";

  /** The columns every file must have, with a value on every row. */
  static final List<String> REQUIRED = List.of("id", "givenName", "familyName", "workEmail");

  private static final Set<String> STATUSES = Set.of("PREHIRE", "ACTIVE", "LEAVE", "TERMINATED");

  /** Checks a cell and sets it on a builder; returns a problem (without the line) or empty. */
  interface Column {
    Optional<String> apply(Employee.Builder builder, String value);
  }

  private static final Map<String, Column> COLUMNS = new LinkedHashMap<>();

  static {
    text("id", Employee.Builder::id);
    text("givenName", Employee.Builder::givenName);
    text("familyName", Employee.Builder::familyName);
    text("middleName", Employee.Builder::middleName);
    text("preferredName", Employee.Builder::preferredName);
    COLUMNS.put("workEmail", email(Employee.Builder::workEmail));
    COLUMNS.put("personalEmail", email(Employee.Builder::personalEmail));
    text("workPhone", Employee.Builder::workPhone);
    text("mobilePhone", Employee.Builder::mobilePhone);
    text("jobTitle", Employee.Builder::jobTitle);
    text("department", Employee.Builder::department);
    text("division", Employee.Builder::division);
    text("costCenter", Employee.Builder::costCenter);
    text("organization", Employee.Builder::organization);
    text("managerId", Employee.Builder::managerId);
    COLUMNS.put("status", EmployeeColumns::status);
    COLUMNS.put("startDate", date(Employee.Builder::startDate));
    COLUMNS.put("endDate", date(Employee.Builder::endDate));
    text("location", Employee.Builder::location);
    text("country", Employee.Builder::country);
    text("preferredLanguage", Employee.Builder::preferredLanguage);
  }

  private EmployeeColumns() {}

  /** Returns the column called {@code name}, a custom attribute's included, if it is one. */
  static Optional<Column> column(String name) {
    if (name.startsWith(ATTRIBUTE_PREFIX) && name.length() > ATTRIBUTE_PREFIX.length()) {
      String attribute = name.substring(ATTRIBUTE_PREFIX.length());
      return Optional.of(
          (b, v) -> {
            b.putAttribute(attribute, v);
            return Optional.empty();
          });
    }
    return Optional.ofNullable(COLUMNS.get(name));
  }

  /** Returns every fixed column name, in the model's order. */
  static Set<String> names() {
    return COLUMNS.keySet();
  }

  private interface Setter<T> {
    void set(Employee.Builder builder, T value);
  }

  private static void text(String name, Setter<String> setter) {
    COLUMNS.put(
        name,
        (b, v) -> {
          setter.set(b, v);
          return Optional.empty();
        });
  }

  private static Column email(Setter<String> setter) {
    return (b, v) -> {
      int at = v.indexOf('@');
      if (at <= 0 || at != v.lastIndexOf('@') || at == v.length() - 1 || v.contains(" ")) {
        return Optional.of("is not an e-mail address: " + v);
      }
      setter.set(b, v);
      return Optional.empty();
    };
  }

  private static Column date(Setter<LocalDate> setter) {
    return (b, v) -> {
      try {
        setter.set(b, LocalDate.parse(v));
        return Optional.empty();
      } catch (DateTimeParseException e) {
        return Optional.of("is not a date as yyyy-MM-dd: " + v);
      }
    };
  }

  private static Optional<String> status(Employee.Builder builder, String value) {
    EmploymentStatus status = EmploymentStatus.of(value);
    if (!STATUSES.contains(status.value())) {
      return Optional.of("is not one of PREHIRE, ACTIVE, LEAVE, TERMINATED: " + value);
    }
    builder.status(status);
    return Optional.empty();
  }
}
