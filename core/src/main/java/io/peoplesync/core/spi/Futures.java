package io.peoplesync.core.spi;

import io.peoplesync.core.internal.Async;
import java.util.concurrent.CompletableFuture;

/** Helpers for vendor modules that combine the core's futures (batches, fan-out). */
public final class Futures {
  private Futures() {}

  /** Returns the cause a future failed with, unwrapped from completion wrappers. */
  public static Throwable unwrap(Throwable t) {
    return Async.unwrap(t);
  }

  /**
   * Returns the value of a blocking call's future, which is complete; rethrows its failure as is
   * when unchecked.
   */
  public static <T> T join(CompletableFuture<T> future) {
    return Async.join(future);
  }
}
