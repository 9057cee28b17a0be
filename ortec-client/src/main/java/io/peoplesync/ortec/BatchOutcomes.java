package io.peoplesync.ortec;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.spi.Futures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Collects what happened to each batch of one submission, from any thread, and assembles the {@link
 * BatchResult} in submitted order once all are done.
 *
 * <p>The first batch that fails as a whole stops the submission: batches not yet started are
 * recorded as not sent, batches already in flight are still recorded, and {@link #result()} then
 * throws a {@link BatchFailedException} carrying the whole picture.
 */
final class BatchOutcomes {
  private final List<Batch> batches;
  private final AtomicReferenceArray<List<ItemResult>> items;
  private final AtomicReferenceArray<BatchFailure> failures;
  private final AtomicReference<BatchFailure> stop = new AtomicReference<>();

  BatchOutcomes(List<Batch> batches) {
    this.batches = batches;
    this.items = new AtomicReferenceArray<>(batches.size());
    this.failures = new AtomicReferenceArray<>(batches.size());
  }

  /**
   * Records a batch that is not sent because an earlier one failed; returns false when the batch
   * should be sent.
   */
  boolean skipIfStopped(Batch batch) {
    BatchFailure cause = stop.get();
    if (cause == null) {
      return false;
    }
    fail(batch, cause.cause(), false, "not sent: stopped after " + cause.description() + " failed");
    return true;
  }

  /**
   * Records a batch's response or the failure of its call; an error that is not an {@link
   * ApiException} is a bug and is rethrown.
   */
  void record(Batch batch, ResultsBody body, Throwable error) {
    if (error == null) {
      try {
        items.set(batch.number - 1, ResultReader.read(batch, body));
      } catch (ApiSerializationException e) {
        failed(batch, e);
      }
      return;
    }
    Throwable cause = Futures.unwrap(error);
    if (cause instanceof ApiSerializationException) {
      cause = new ApiSerializationException(batch.label() + ": " + cause.getMessage(), cause);
    }
    if (cause instanceof ApiException) {
      failed(batch, (ApiException) cause);
    } else if (cause instanceof Error) {
      throw (Error) cause;
    } else {
      throw (RuntimeException) cause;
    }
  }

  private void failed(Batch batch, ApiException cause) {
    String why =
        cause instanceof ApiSerializationException
            ? cause.getMessage()
            : batch.label() + " failed: " + cause.getMessage();
    BatchFailure failure = fail(batch, cause, true, "not confirmed: " + why);
    stop.accumulateAndGet(failure, (a, b) -> a == null || b.batch() < a.batch() ? b : a);
  }

  private BatchFailure fail(Batch batch, ApiException cause, boolean sent, String error) {
    BatchFailure failure =
        BatchFailure.builder()
            .batch(batch.number)
            .batchCount(batch.count)
            .fromIndex(batch.from)
            .toIndex(batch.to())
            .sent(sent)
            .cause(cause)
            .build();
    List<ItemResult> unconfirmed = new ArrayList<>(batch.size());
    for (AccountAction action : batch.actions) {
      unconfirmed.add(
          ItemResult.builder()
              .action(action)
              .ok(false)
              .error(Optional.of(error))
              .confirmed(false)
              .sent(sent)
              .batch(batch.number)
              .build());
    }
    items.set(batch.number - 1, unconfirmed);
    failures.set(batch.number - 1, failure);
    return failure;
  }

  /**
   * Returns the result; every batch must have been recorded.
   *
   * @throws BatchFailedException if a batch failed as a whole; the first one is its cause, any
   *     other batch that failed while in flight is added as suppressed
   */
  BatchResult result() {
    List<ItemResult> all = new ArrayList<>();
    List<BatchFailure> failed = new ArrayList<>();
    for (int i = 0; i < batches.size(); i++) {
      all.addAll(items.get(i));
      if (failures.get(i) != null) {
        failed.add(failures.get(i));
      }
    }
    BatchResult result =
        BatchResult.builder()
            .results(Collections.unmodifiableList(all))
            .batchFailures(failed)
            .build();
    BatchFailure first = stop.get();
    if (first == null) {
      return result;
    }
    BatchFailedException e = new BatchFailedException(first, result);
    failed.stream().filter(f -> f.sent() && f != first).forEach(f -> e.addSuppressed(f.cause()));
    throw e;
  }
}
