package io.peoplesync.ortec;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Futures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a submission batch by batch and stitches the answers back into submitted order.
 *
 * <p>The first batch that fails as a whole stops the submission: no further batch is started, and
 * once the batches in flight are done a {@link BatchFailedException} carries the picture. With a
 * concurrency above 1, up to that many batches are in flight at once, driven by the futures of the
 * core's asynchronous calls: no threads of our own.
 */
final class BatchRunner {
  private final ApiClient api;
  private final int batchSize;
  private final int concurrency;

  BatchRunner(ApiClient api, int batchSize, int concurrency) {
    this.api = api;
    this.batchSize = batchSize;
    this.concurrency = concurrency;
  }

  BatchResult run(List<AccountAction> actions) {
    List<Batch> batches = Batch.split(actions, batchSize);
    int lanes = lanes(batches);
    if (lanes > 1) {
      return Futures.join(runAsync(batches, lanes));
    }
    BatchOutcomes outcomes = new BatchOutcomes(batches);
    for (Batch batch : batches) {
      if (outcomes.skipIfStopped(batch)) {
        continue;
      }
      ResultsBody body;
      try {
        body = api.execute(batch.endpoint(), batch.call());
      } catch (ApiException e) {
        outcomes.record(batch, null, e);
        continue;
      }
      outcomes.record(batch, body, null);
    }
    return outcomes.result();
  }

  CompletableFuture<BatchResult> runAsync(List<AccountAction> actions) {
    List<Batch> batches = Batch.split(actions, batchSize);
    return runAsync(batches, lanes(batches));
  }

  private CompletableFuture<BatchResult> runAsync(List<Batch> batches, int lanes) {
    BatchOutcomes outcomes = new BatchOutcomes(batches);
    AtomicInteger next = new AtomicInteger();
    CompletableFuture<?>[] running = new CompletableFuture<?>[lanes];
    for (int i = 0; i < lanes; i++) {
      running[i] = lane(batches, next, outcomes);
    }
    return CompletableFuture.allOf(running).thenApply(done -> outcomes.result());
  }

  /** Sends the next unsent batch, then the one after, until none is left. */
  private CompletableFuture<Void> lane(
      List<Batch> batches, AtomicInteger next, BatchOutcomes outcomes) {
    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
      Batch batch = batches.get(i);
      if (!outcomes.skipIfStopped(batch)) {
        return api.executeAsync(batch.endpoint(), batch.call())
            .handle(
                (body, error) -> {
                  outcomes.record(batch, body, error);
                  return batch;
                })
            .thenCompose(done -> lane(batches, next, outcomes));
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  /** Returns how many batches may be in flight; 1 when an id spans batches, to keep order. */
  private int lanes(List<Batch> batches) {
    int lanes = Math.min(concurrency, batches.size());
    return lanes > 1 && Batch.idsSpanBatches(batches) ? 1 : Math.max(lanes, 1);
  }
}
