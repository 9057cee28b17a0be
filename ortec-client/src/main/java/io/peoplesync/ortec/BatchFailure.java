package io.peoplesync.ortec;

import io.peoplesync.core.ApiException;
import org.immutables.value.Value;

/**
 * Reports a batch that failed as a whole: no per-action answer came back, so its actions are not
 * confirmed. Found in the result of a {@link BatchFailedException}.
 *
 * <p>Either the batch was sent and failed after the retries the client allows ({@link #sent()}: it
 * may or may not have been applied), or it was not sent because an earlier batch had failed.
 */
@Value.Immutable
public abstract class BatchFailure {
  /** Returns the 1-based number of the batch. */
  public abstract int batch();

  /** Returns how many batches the submission was split into. */
  public abstract int batchCount();

  /** Returns the index in the submitted list of the batch's first action (0-based). */
  public abstract int fromIndex();

  /** Returns the index in the submitted list just past the batch's last action. */
  public abstract int toIndex();

  /** Returns whether the batch was sent; false when it was skipped after an earlier failure. */
  public abstract boolean sent();

  /** Returns why the batch failed (or, when not sent, why the earlier batch failed). */
  public abstract ApiException cause();

  /** Returns a description such as {@code batch 2 of 3 (actions 1001–2000)}, 1-based. */
  public String description() {
    return Batch.describe(batch(), batchCount(), fromIndex(), toIndex());
  }

  /** Returns a new builder, for callers' tests. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return description() + (sent() ? " failed: " : " not sent: ") + cause().getMessage();
  }

  /** Builds a {@link BatchFailure}. */
  public static class Builder extends ImmutableBatchFailure.Builder {}
}
