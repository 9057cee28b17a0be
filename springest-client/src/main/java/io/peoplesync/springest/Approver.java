package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Names a person who may see, and possibly approve, a user's bookings.
 *
 * <p>The approver must already be an active user on the same site, otherwise Springest answers the
 * save with a validation error. E-mail and label are required when the user is sent (an approver
 * read back is not checked); {@code canApprove} is left to Springest's default ({@code true}) when
 * not set.
 *
 * <pre>{@code
 * Approver.of("boss@example.com", ApproverLabel.MANAGER)
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApprover.class)
@JsonDeserialize(as = ImmutableApprover.class)
public interface Approver {
  // Defaults rather than mandatory attributes: a missing value then fails the send rules with the
  // same IllegalArgumentException as an invalid one, and an approver read without one is readable.

  /** Returns the approver's e-mail address, which identifies their Springest account; required. */
  default String email() {
    return "";
  }

  /** Returns the approver's role for this user; required. */
  default ApproverLabel label() {
    return ApproverLabel.UNKNOWN;
  }

  /** Returns whether the approver may approve bookings; omitted (Springest: true) when empty. */
  @JsonProperty("can_approve")
  Optional<Boolean> canApprove();

  /**
   * Returns an approver with the given e-mail and label.
   *
   * @throws IllegalArgumentException if the e-mail is not an address or the label is {@code
   *     UNKNOWN}
   */
  static Approver of(String email, ApproverLabel label) {
    return UserRules.check(builder().email(email).label(label).build());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Approver}; a missing or invalid e-mail or label is reported when the user is
   * sent, as an {@link IllegalArgumentException} naming {@code approver.email} or {@code
   * approver.label}.
   */
  class Builder extends ImmutableApprover.Builder {}
}
