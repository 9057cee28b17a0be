package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import io.peoplesync.core.spi.Validate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Describes one employee as sent to a Springest Go site: the whole user, because a save replaces
 * every field Springest holds.
 *
 * <p>Each field has three states. <b>Not set</b>: the field is left out of the request. <b>Set to
 * empty</b>: the field is sent empty and Springest blanks it ({@code firstName("")} sends {@code
 * ""}; {@code clearTags(true)} and {@code clearApprovers(true)} send {@code []}). <b>Set</b>: the
 * value is sent. Fields this model does not know can be sent with {@code putExtra(name, value)}.
 *
 * <p>Rules checked by {@code build()}, each an {@link IllegalArgumentException} naming the field:
 * an external id or an e-mail is present (not blank); a non-empty e-mail looks like an address;
 * gender is {@code m} or {@code f}; every approver has an e-mail and a label; dates fit {@code
 * yyyy-MM-dd} and the employment end date is not before the start date; a list is not both cleared
 * and filled.
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
// Written through this interface, not ImmutableSpringestUser: the generated accessors would add
// "tags" and "approvers" getters that bypass the omit-unless-cleared wire view below.
@JsonSerialize(as = SpringestUser.class)
@JsonDeserialize(as = ImmutableSpringestUser.class)
public interface SpringestUser {
  /** Returns the id from the caller's system; it wins over the e-mail when matching a user. */
  @JsonProperty("external_id")
  Optional<String> externalId();

  /** Returns the e-mail address; it identifies the user when no external id is sent. */
  @JsonProperty("email")
  Optional<String> email();

  /** Returns the gender. */
  @JsonProperty("gender")
  Optional<Gender> gender();

  /** Returns the first name. */
  @JsonProperty("first_name")
  Optional<String> firstName();

  /** Returns the last name. */
  @JsonProperty("last_name")
  Optional<String> lastName();

  /** Returns the phone number. */
  @JsonProperty("phone_number")
  Optional<String> phoneNumber();

  /** Returns the date of birth, sent as {@code yyyy-MM-dd}. */
  @JsonProperty("birthdate")
  Optional<LocalDate> birthdate();

  /** Returns the place of birth. */
  @JsonProperty("birthplace")
  Optional<String> birthplace();

  /** Returns the company name. */
  @JsonProperty("company_name")
  Optional<String> companyName();

  /** Returns the street address. */
  @JsonProperty("address")
  Optional<String> address();

  /** Returns the house number. */
  @JsonProperty("house_number")
  Optional<String> houseNumber();

  /** Returns the postal code. */
  @JsonProperty("zip_code")
  Optional<String> zipCode();

  /** Returns the city. */
  @JsonProperty("city")
  Optional<String> city();

  /** Returns the country. */
  @JsonProperty("country")
  Optional<String> country();

  /** Returns whether the account can be used; Springest assumes {@code true} when not sent. */
  @JsonProperty("active")
  Optional<Boolean> active();

  /** Returns the job title. */
  @JsonProperty("job_title")
  Optional<String> jobTitle();

  /** Returns the department name. */
  @JsonProperty("department_name")
  Optional<String> departmentName();

  /** Returns the business unit. */
  @JsonProperty("business_unit")
  Optional<String> businessUnit();

  /** Returns the cost center code. */
  @JsonProperty("cost_center")
  Optional<String> costCenter();

  /** Returns the cost center name. */
  @JsonProperty("cost_center_name")
  Optional<String> costCenterName();

  /**
   * Returns the approvers; sent only when not empty, or as {@code []} with {@link
   * #clearApprovers()}.
   */
  List<Approver> approvers();

  /**
   * Returns whether an empty {@link #approvers()} is sent as {@code []}, removing all approvers.
   */
  @JsonIgnore
  default boolean clearApprovers() {
    return false;
  }

  /**
   * Returns the tags that assign learning tracks; Springest stores them lower-cased, so {@code
   * "Marketer"} comes back as {@code "marketer"}. Sent only when not empty, or as {@code []} with
   * {@link #clearTags()}.
   */
  List<String> tags();

  /** Returns whether an empty {@link #tags()} is sent as {@code []}, removing all tags. */
  @JsonIgnore
  default boolean clearTags() {
    return false;
  }

  /** Returns the first day of employment, sent as {@code yyyy-MM-dd}. */
  @JsonProperty("employment_start_date")
  Optional<LocalDate> employmentStartDate();

  /**
   * Returns the last day of employment, sent as {@code yyyy-MM-dd}; Springest uses it to schedule
   * the removal of personal data, not to close the account (see {@link #active()}).
   */
  @JsonProperty("employment_end_date")
  Optional<LocalDate> employmentEndDate();

  /** Returns fields this model does not know, sent as given and kept when read. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /**
   * Returns a copy marked as a leaver: {@code active = false} and the given employment end date,
   * every other field kept, ready for {@link UsersApi#save}.
   */
  default SpringestUser deactivated(LocalDate employmentEndDate) {
    return builder().from(this).active(false).employmentEndDate(employmentEndDate).build();
  }

  /** Checks the rules above before anything is sent. */
  @Value.Check
  default void check() {
    boolean hasId = externalId().filter(s -> !s.isBlank()).isPresent();
    boolean hasEmail = email().filter(s -> !s.isBlank()).isPresent();
    Validate.check(hasId || hasEmail, "externalId or email", "must be set and not blank");
    email().filter(s -> !s.isEmpty()).ifPresent(e -> Validate.email("email", e));
    Validate.check(
        gender().filter(g -> g == Gender.UNKNOWN).isEmpty(), "gender", "must be one of [m, f]");
    checkDate("birthdate", birthdate());
    checkDate("employmentStartDate", employmentStartDate());
    checkDate("employmentEndDate", employmentEndDate());
    if (employmentStartDate().isPresent() && employmentEndDate().isPresent()) {
      Validate.check(
          !employmentEndDate().get().isBefore(employmentStartDate().get()),
          "employmentEndDate",
          "must not be before employmentStartDate");
    }
    Validate.check(!clearTags() || tags().isEmpty(), "tags", "cannot be both cleared and set");
    Validate.check(
        !clearApprovers() || approvers().isEmpty(), "approvers", "cannot be both cleared and set");
  }

  // A year outside 1..9999 would be written with a sign or five digits, not as yyyy-MM-dd.
  private static void checkDate(String field, Optional<LocalDate> date) {
    date.ifPresent(
        d -> Validate.check(d.getYear() >= 1 && d.getYear() <= 9999, field, "must fit yyyy-MM-dd"));
  }

  // Not attributes: these shape the wire so that an empty list is left out unless cleared.
  @Value.NonAttribute
  @JsonProperty("tags")
  private Optional<List<String>> tagsOnWire() {
    return tags().isEmpty() && !clearTags() ? Optional.empty() : Optional.of(tags());
  }

  @Value.NonAttribute
  @JsonProperty("approvers")
  private Optional<List<Approver>> approversOnWire() {
    return approvers().isEmpty() && !clearApprovers() ? Optional.empty() : Optional.of(approvers());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpringestUser}; {@code build()} applies the rules listed on the type. */
  class Builder extends ImmutableSpringestUser.Builder {}
}
