package io.peoplesync.ortec;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Returns the outcome of a submission: one {@link ItemResult} per submitted action, in the
 * submitted order.
 *
 * <p>A submission that returns normally was answered batch by batch: each item is {@link
 * ItemOutcome#CONFIRMED} or {@link ItemOutcome#FAILED} (ORTEC's per-item error, which is data, not
 * an exception). When a batch fails as a whole the submission throws a {@link BatchFailedException}
 * instead, whose {@link BatchFailedException#result()} is the same picture with the unconfirmed and
 * unsent items and {@link #batchFailures()} filled in.
 *
 * <pre>{@code
 * BatchResult r = ortec.accounts().submit(actions);
 * r.failures().forEach(f -> log.warn(f.id() + ": " + f.error().orElse("")));
 * }</pre>
 */
@Value.Immutable
public abstract class BatchResult {
  /** Returns one result per submitted action, in the submitted order. */
  public abstract List<ItemResult> results();

  /**
   * Returns the batches that failed as a whole or were not sent, in batch order; empty unless this
   * is the result of a {@link BatchFailedException}.
   */
  public abstract List<BatchFailure> batchFailures();

  /** Returns the results that are not {@link ItemResult#ok()}, in the submitted order. */
  @Value.Lazy
  public List<ItemResult> failures() {
    return results().stream().filter(r -> !r.ok()).collect(Collectors.toUnmodifiableList());
  }

  /** Returns how many results have {@code outcome}. */
  public int count(ItemOutcome outcome) {
    return (int) results().stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Returns whether ORTEC confirmed every action. */
  public boolean allSucceeded() {
    return failures().isEmpty() && batchFailures().isEmpty();
  }

  /** Returns {@code 3 confirmed, 1 failed, 2 not confirmed, 0 not sent}. */
  String summary() {
    return count(ItemOutcome.CONFIRMED)
        + " confirmed, "
        + count(ItemOutcome.FAILED)
        + " failed, "
        + count(ItemOutcome.NOT_CONFIRMED)
        + " not confirmed, "
        + count(ItemOutcome.NOT_SENT)
        + " not sent";
  }

  /** Returns a new builder, for callers' tests. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "BatchResult{" + results().size() + " results: " + summary() + "}";
  }

  /** Builds a {@link BatchResult}. */
  public static class Builder extends ImmutableBatchResult.Builder {}
}
