package io.peoplesync.ortec;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tells what became of one submitted {@link AccountAction}; {@link #outcome()} names the case.
 *
 * <p>Four cases: ORTEC confirmed it ({@code ok()}); ORTEC answered with an error for it ({@code
 * !ok()}, {@code confirmed()}, the vendor's text in {@code error()}); its batch was sent but failed
 * as a whole ({@code !confirmed()}, {@code sent()}): the action may or may not have been applied;
 * or its batch was not sent after an earlier one failed ({@code !sent()}). The last two are only
 * seen in the result of a {@link BatchFailedException}; {@code error()} then says why and {@link
 * BatchResult#batchFailures()} holds the batch's exception. Resubmitting an unconfirmed or unsent
 * upsert or delete is safe.
 */
@Value.Immutable
public abstract class ItemResult {
  /** Returns the action this result is for, as submitted. */
  public abstract AccountAction action();

  /** Returns whether ORTEC confirmed the action: status {@code ok} and no error. */
  public abstract boolean ok();

  /**
   * Returns why the action did not succeed: the vendor's error text, or a text starting with {@code
   * not confirmed} or {@code not sent} when its batch failed as a whole; empty when {@link #ok()}.
   */
  public abstract Optional<String> error();

  /** Returns the {@code status} value ORTEC sent for the action, as is, if it sent one. */
  public abstract Optional<String> status();

  /** Returns whether ORTEC answered for this action; false when its batch failed as a whole. */
  public abstract boolean confirmed();

  /** Returns whether the action's batch was sent; false when an earlier batch had failed. */
  @Value.Default
  public boolean sent() {
    return true;
  }

  /** Returns which of the four cases this result is. */
  @Value.Derived
  public ItemOutcome outcome() {
    if (ok()) {
      return ItemOutcome.CONFIRMED;
    }
    if (confirmed()) {
      return ItemOutcome.FAILED;
    }
    return sent() ? ItemOutcome.NOT_CONFIRMED : ItemOutcome.NOT_SENT;
  }

  /** Returns the 1-based number of the batch the action was sent in. */
  public abstract int batch();

  /** Returns the id of the account acted on. */
  @Value.Derived
  public String id() {
    return action().id();
  }

  @Value.Check
  void check() {
    if (ok() == error().isPresent()) {
      throw new IllegalArgumentException("error must be set exactly when ok is false");
    }
    if (ok() && !confirmed()) {
      throw new IllegalArgumentException("an ok result must be confirmed");
    }
    if (confirmed() && !sent()) {
      throw new IllegalArgumentException("a confirmed result must have been sent");
    }
  }

  /** Returns a new builder, for callers' tests. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ItemResult{"
        + action().type().wireName()
        + " "
        + id()
        + (ok() ? ": ok" : ": " + error().orElse(""))
        + "}";
  }

  /** Builds an {@link ItemResult}. */
  public static class Builder extends ImmutableItemResult.Builder {}
}
