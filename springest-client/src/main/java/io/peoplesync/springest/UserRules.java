package io.peoplesync.springest;

import io.peoplesync.core.spi.Validate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a user must meet to be sent, checked by {@link UsersApi} before anything goes out and
 * never when a user is built or read: whatever Springest or a store holds stays readable.
 */
final class UserRules {
  private UserRules() {}

  /**
   * Returns {@code user} if it may be sent.
   *
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  static SpringestUser check(SpringestUser user) {
    Objects.requireNonNull(user, "user == null");
    boolean hasId = user.externalId().filter(s -> !s.isBlank()).isPresent();
    boolean hasEmail = user.email().filter(s -> !s.isBlank()).isPresent();
    Validate.check(hasId || hasEmail, "externalId or email", "must be set and not blank");
    user.email().filter(s -> !s.isEmpty()).ifPresent(e -> Validate.email("email", e));
    Validate.check(
        user.gender().filter(g -> g == Gender.UNKNOWN).isEmpty(),
        "gender",
        "must be one of [m, f]");
    checkDate("birthdate", user.birthdate());
    checkDate("employmentStartDate", user.employmentStartDate());
    checkDate("employmentEndDate", user.employmentEndDate());
    if (user.employmentStartDate().isPresent() && user.employmentEndDate().isPresent()) {
      Validate.check(
          !user.employmentEndDate().get().isBefore(user.employmentStartDate().get()),
          "employmentEndDate",
          "must not be before employmentStartDate");
    }
    user.approvers().forEach(UserRules::check);
    user.extras()
        .keySet()
        .forEach(
            name ->
                Validate.check(
                    !UserJson.FIELDS.contains(name),
                    "extra " + name,
                    "must not repeat a field the model has: use its setter"));
    return user;
  }

  /**
   * Returns {@code approver} if it may be sent.
   *
   * @throws IllegalArgumentException if the e-mail is not an address or the label is unknown
   */
  static Approver check(Approver approver) {
    Validate.email("approver.email", approver.email());
    Validate.check(
        approver.label() != ApproverLabel.UNKNOWN,
        "approver.label",
        "must be one of [Manager, Non-approving manager, Higher manager]");
    return approver;
  }

  // A year outside 1..9999 would be written with a sign or five digits, not as yyyy-MM-dd.
  private static void checkDate(String field, Optional<LocalDate> date) {
    date.ifPresent(
        d -> Validate.check(d.getYear() >= 1 && d.getYear() <= 9999, field, "must fit yyyy-MM-dd"));
  }
}
