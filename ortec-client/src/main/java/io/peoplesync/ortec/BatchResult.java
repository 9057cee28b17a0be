package io.peoplesync.ortec;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Returns the outcome of a submission: one {@link ItemResult} per submitted action, in the
 * submitted order, whatever happened to the batches.
 *
 * <pre>{@code
 * BatchResult r = ortec.accounts().submit(actions);
 * r.failures().forEach(f -> log.warn(f.id() + ": " + f.error().orElse("")));
 * r.batchFailures().forEach(b -> log.warn(b.toString(), b.cause()));
 * }</pre>
 */
@Value.Immutable
public abstract class BatchResult {
  /** Returns one result per submitted action, in the submitted order. */
  public abstract List<ItemResult> results();

  /** Returns the batches that failed as a whole, in batch order; empty when all were answered. */
  public abstract List<BatchFailure> batchFailures();

  /** Returns the results that are not {@link ItemResult#ok()}, in the submitted order. */
  @Value.Lazy
  public List<ItemResult> failures() {
    return results().stream().filter(r -> !r.ok()).collect(Collectors.toUnmodifiableList());
  }

  /** Returns whether ORTEC confirmed every action. */
  public boolean allSucceeded() {
    return failures().isEmpty() && batchFailures().isEmpty();
  }

  /** Returns a new builder, for callers' tests. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "BatchResult{"
        + results().size()
        + " results, "
        + failures().size()
        + " failed, "
        + batchFailures().size()
        + " batches failed}";
  }

  /** Builds a {@link BatchResult}. */
  public static class Builder extends ImmutableBatchResult.Builder {}
}
