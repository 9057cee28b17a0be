package io.peoplesync.provisioning;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.PeoplesyncStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What became of one {@link Change} when it was applied: success, or the vendor's error.
 *
 * <p>An item-level refusal (an ORTEC per-item error) is reported as an {@link ApiException} too, so
 * every failure reads the same way. A failed change leaves the state store as it was, so the next
 * run plans the change again.
 */
@Value.Immutable
@PeoplesyncStyle
public interface Outcome {
  /** Returns the change that was applied. */
  Change change();

  /** Returns whether the target confirmed the change (UNCHANGED changes always succeed). */
  boolean succeeded();

  /** Returns why the change failed; empty when it succeeded. */
  Optional<ApiException> error();

  /** Returns how long the change took, requests and retries included. */
  default Duration duration() {
    return Duration.ZERO;
  }

  /** Builds an {@link Outcome}. */
  final class Builder extends ImmutableOutcome.Builder {}
}
