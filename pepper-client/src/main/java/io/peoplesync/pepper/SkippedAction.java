package io.peoplesync.pepper;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action an {@link ActionPoller} gave up on, as handed to its skip listener: the action, how
 * many deliveries of it failed, and the last failure.
 */
@Value.Immutable
public interface SkippedAction {
  /** Returns the action that is no longer delivered. */
  PepperAction action();

  /**
   * Returns how many deliveries of the action failed before it was skipped; 0 if skipped at once.
   */
  int failedDeliveries();

  /** Returns the last failure of its handling, when one was reported. */
  Optional<Throwable> cause();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkippedAction}; {@code action} and {@code failedDeliveries} are required. */
  class Builder extends ImmutableSkippedAction.Builder {}
}
