package io.peoplesync.provisioning;

import io.peoplesync.core.PeoplesyncStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person as the HR system of record describes them: the neutral model every target maps from.
 *
 * <p>The vocabulary is SCIM 2.0's core and enterprise user (name parts, e-mails, phones, title,
 * department, division, cost center, organization, manager) plus what HR needs and SCIM lacks:
 * employment status, start and end dates, location, preferred name and free custom attributes. The
 * HR id ({@link #id()}) is the natural key in every target and in the state store.
 *
 * <pre>{@code
 * Employee ann = Employee.builder().id("E-1001").givenName("Ann").familyName("Peeters")
 *     .workEmail("ann@example.com").jobTitle("Software Engineer")
 *     .status(EmploymentStatus.ACTIVE).startDate(LocalDate.parse("2026-01-05"))
 *     .putAttribute("site", "Ghent").build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} naming the field when the id is blank,
 * an attribute name is blank, or the end date is before the start date.
 */
@Value.Immutable
@PeoplesyncStyle
public interface Employee {
  /** Returns the HR system's id: the natural key everywhere. */
  String id();

  /** Returns the given (first) name. */
  Optional<String> givenName();

  /** Returns the family (last) name. */
  Optional<String> familyName();

  /** Returns the middle name(s). */
  Optional<String> middleName();

  /** Returns the name the person goes by, when it differs from the given name. */
  Optional<String> preferredName();

  /** Returns the work e-mail address. */
  Optional<String> workEmail();

  /** Returns a personal e-mail address. */
  Optional<String> personalEmail();

  /** Returns the work (landline) phone number. */
  Optional<String> workPhone();

  /** Returns the mobile phone number, preferably in E.164 form ({@code +32470000000}). */
  Optional<String> mobilePhone();

  /** Returns the job title (SCIM {@code title}). */
  Optional<String> jobTitle();

  /** Returns the department. */
  Optional<String> department();

  /** Returns the division. */
  Optional<String> division();

  /** Returns the cost center's code. */
  Optional<String> costCenter();

  /** Returns the organization (company or legal entity) the person works for. */
  Optional<String> organization();

  /** Returns the manager's HR id. */
  Optional<String> managerId();

  /** Returns the employment status; {@link EmploymentStatus#ACTIVE} unless set. */
  default EmploymentStatus status() {
    return EmploymentStatus.ACTIVE;
  }

  /** Returns the first day of employment. */
  Optional<LocalDate> startDate();

  /** Returns the last day of employment, for a leaver. */
  Optional<LocalDate> endDate();

  /** Returns the place of work (an office or site name). */
  Optional<String> location();

  /** Returns the country of work as an ISO 3166 alpha-2 code ({@code BE}). */
  Optional<String> country();

  /** Returns the preferred language as a language tag ({@code nl-BE}). */
  Optional<String> preferredLanguage();

  /** Returns custom attributes by name, for values the vocabulary above does not name. */
  Map<String, String> attributes();

  /** Returns the custom attribute {@code name}, empty when not set. */
  default Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /** Returns a copy with another job title. */
  Employee withJobTitle(String jobTitle);

  /** Returns a copy with another department. */
  Employee withDepartment(String department);

  /** Returns a copy with another work e-mail address. */
  Employee withWorkEmail(String workEmail);

  /** Returns a copy with another employment status. */
  Employee withStatus(EmploymentStatus status);

  /** Returns a copy with another end date. */
  Employee withEndDate(LocalDate endDate);

  /** Returns a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the rules {@code build()} promises. */
  @Value.Check
  default void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    attributes()
        .keySet()
        .forEach(
            k -> {
              if (k.isBlank()) {
                throw new IllegalArgumentException("attributes: a name must not be blank");
              }
            });
    if (startDate().isPresent()
        && endDate().isPresent()
        && endDate().get().isBefore(startDate().get())) {
      throw new IllegalArgumentException("endDate: must not be before startDate");
    }
  }

  /** Builds an {@link Employee}; see the type's documentation for the checks. */
  final class Builder extends ImmutableEmployee.Builder {}
}
