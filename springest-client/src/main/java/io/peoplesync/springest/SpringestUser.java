package io.peoplesync.springest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Describes one employee of a Springest Go site: every field of the employee import, each one
 * either set or not.
 *
 * <p>What "not set" means depends on the call. {@link UsersApi#replace} (and {@link UsersApi#save},
 * the same call) sends the <b>complete</b> record: a field not set is sent cleared, so a phone
 * number, tag, approver or end date removed in the system of record is removed in Springest too.
 * {@link UsersApi#merge} sends <b>only the fields set</b> and leaves the others as Springest holds
 * them. A field set to {@code ""} is sent as {@code ""} by both, which blanks it. For the lists,
 * {@code clearTags(true)} and {@code clearApprovers(true)} make a merge send an empty list as
 * {@code []} (a replace always does). Fields this model does not know are sent with {@code
 * putExtra(name, value)}.
 *
 * <p>Nothing is checked when a user is built or read; the rules are checked when it is sent (see
 * {@link UsersApi}), so a user read back from JSON is always readable. As JSON (Jackson, or the
 * SDK's codec) a user reads and writes the fields that are set, in the vendor's names, with unknown
 * fields kept in {@link #extras()}; an empty {@code tags} or {@code approvers} array reads as a
 * cleared list.
 *
 * <pre>{@code
 * SpringestUser.builder()
 *     .externalId("E-1").email("ann@example.com").firstName("Ann")
 *     .employmentStartDate(LocalDate.of(2024, 3, 1))
 *     .addApprover(Approver.of("boss@example.com", ApproverLabel.MANAGER))
 *     .addTag("Marketer")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(using = UserJson.Writer.class)
@JsonDeserialize(using = UserJson.Reader.class)
public interface SpringestUser {
  /**
   * Returns the id from the caller's system; it wins over the e-mail when matching a user. Never
   * sent cleared: when it is not set, a replace leaves it out, because an empty id would be matched
   * on.
   */
  Optional<String> externalId();

  /**
   * Returns the e-mail address; it identifies the user when no external id is sent, and a replace
   * sends it cleared ({@code ""}) only when an external id identifies the user.
   */
  Optional<String> email();

  /** Returns the gender. */
  Optional<Gender> gender();

  /** Returns the first name. */
  Optional<String> firstName();

  /** Returns the last name. */
  Optional<String> lastName();

  /** Returns the phone number. */
  Optional<String> phoneNumber();

  /** Returns the date of birth, sent as {@code yyyy-MM-dd}. */
  Optional<LocalDate> birthdate();

  /** Returns the place of birth. */
  Optional<String> birthplace();

  /** Returns the company name. */
  Optional<String> companyName();

  /** Returns the street address. */
  Optional<String> address();

  /** Returns the house number. */
  Optional<String> houseNumber();

  /** Returns the postal code. */
  Optional<String> zipCode();

  /** Returns the city. */
  Optional<String> city();

  /** Returns the country. */
  Optional<String> country();

  /**
   * Returns whether the account can be used; Springest's default is {@code true}, which is what a
   * replace sends when it is not set.
   */
  Optional<Boolean> active();

  /** Returns the job title. */
  Optional<String> jobTitle();

  /** Returns the department name. */
  Optional<String> departmentName();

  /** Returns the business unit. */
  Optional<String> businessUnit();

  /** Returns the cost center code. */
  Optional<String> costCenter();

  /** Returns the cost center name. */
  Optional<String> costCenterName();

  /** Returns the approvers; a replace always sends them, a merge only when not empty or cleared. */
  List<Approver> approvers();

  /**
   * Returns whether a merge sends an empty {@link #approvers()} as {@code []}, removing all
   * approvers; has no effect (and reads back false) when there are approvers.
   */
  default boolean clearApprovers() {
    return false;
  }

  /**
   * Returns the tags that assign learning tracks; Springest stores them lower-cased, so {@code
   * "Marketer"} comes back as {@code "marketer"}. A replace always sends them, a merge only when
   * not empty or cleared.
   */
  List<String> tags();

  /**
   * Returns whether a merge sends an empty {@link #tags()} as {@code []}, removing all tags; has no
   * effect (and reads back false) when there are tags.
   */
  default boolean clearTags() {
    return false;
  }

  /** Returns the first day of employment, sent as {@code yyyy-MM-dd}. */
  Optional<LocalDate> employmentStartDate();

  /**
   * Returns the last day of employment, sent as {@code yyyy-MM-dd}; Springest uses it to schedule
   * the removal of personal data, not to close the account (see {@link #active()}).
   */
  Optional<LocalDate> employmentEndDate();

  /** Returns fields this model does not know, sent as given and kept when read. */
  @AllowNulls
  Map<String, Object> extras();

  /**
   * Returns a copy marked as a leaver: {@code active = false} and the given employment end date,
   * every other field kept, ready for {@link UsersApi#replace}.
   */
  default SpringestUser deactivated(LocalDate employmentEndDate) {
    return builder().from(this).active(false).employmentEndDate(employmentEndDate).build();
  }

  /**
   * Drops a clear flag that has no effect because its list is not empty, so that equal requests are
   * equal values.
   */
  @Value.Check
  default SpringestUser normalize() {
    boolean tags = clearTags() && !tags().isEmpty();
    boolean approvers = clearApprovers() && !approvers().isEmpty();
    if (!tags && !approvers) {
      return this;
    }
    return builder()
        .from(this)
        .clearTags(clearTags() && !tags)
        .clearApprovers(clearApprovers() && !approvers)
        .build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpringestUser}; nothing is checked until the user is sent. */
  class Builder extends ImmutableSpringestUser.Builder {}
}
