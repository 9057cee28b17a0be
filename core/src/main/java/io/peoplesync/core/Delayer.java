package io.peoplesync.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries: sleeping on the caller's thread for blocking calls, scheduling for
 * asynchronous ones. Tests inject a delayer that records the waits instead of sleeping.
 */
public interface Delayer {
  /**
   * Returns a future completed after {@code delay}; when {@code async} is false it must already be
   * complete on return (the wait happened on the caller's thread).
   */
  CompletableFuture<Void> delay(Duration delay, boolean async);

  /** Returns the delayer that really waits. */
  static Delayer system() {
    return (delay, async) -> {
      if (async) {
        return CompletableFuture.runAsync(
            () -> {}, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
      }
      try {
        Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));
        return CompletableFuture.completedFuture(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CompletableFuture.failedFuture(e);
      }
    };
  }
}
