package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.spi.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Names a person who may see, and possibly approve, a user's bookings.
 *
 * <p>The approver must already be an active user on the same site, otherwise Springest answers the
 * save with a validation error. E-mail and label are required; {@code canApprove} is left to
 * Springest's default ({@code true}) when not set.
 *
 * <pre>{@code
 * Approver.of("boss@example.com", ApproverLabel.MANAGER)
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApprover.class)
@JsonDeserialize(as = ImmutableApprover.class)
public interface Approver {
  // Defaults rather than mandatory attributes: a missing value then fails in check() with the same
  // IllegalArgumentException as an invalid one, instead of Immutables' IllegalStateException.

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

  /** Checks the rules Springest documents for approvers. */
  @Value.Check
  default void check() {
    Validate.email("approver.email", email());
    Validate.check(
        label() != ApproverLabel.UNKNOWN,
        "approver.label",
        "must be one of [Manager, Non-approving manager, Higher manager]");
  }

  /**
   * Returns an approver with the given e-mail and label.
   *
   * @throws IllegalArgumentException if the e-mail is not an address or the label is {@code
   *     UNKNOWN}
   */
  static Approver of(String email, ApproverLabel label) {
    return builder().email(email).label(label).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Approver}; {@code build()} throws {@link IllegalArgumentException} naming
   * {@code approver.email} or {@code approver.label} when one is missing or invalid.
   */
  class Builder extends ImmutableApprover.Builder {}
}
