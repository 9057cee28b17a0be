package io.peoplesync.core.testing;

import io.peoplesync.core.spi.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs one endpoint test through the blocking method or its {@code …Async} twin, so that both are
 * covered by a {@code @ParameterizedTest @EnumSource(Mode.class)}. Failures of the async call are
 * unwrapped, so assertions on exceptions read the same in both modes.
 */
public enum Mode {
  BLOCKING,
  ASYNC;

  /** Returns the result of {@code blocking} or of {@code async}, by mode. */
  public <T> T call(Supplier<T> blocking, Supplier<CompletableFuture<T>> async) {
    return this == BLOCKING ? blocking.get() : Futures.join(async.get());
  }

  /** Runs {@code blocking} or {@code async}, by mode, for methods without a result. */
  public void run(Runnable blocking, Supplier<CompletableFuture<Void>> async) {
    if (this == BLOCKING) {
      blocking.run();
    } else {
      Futures.join(async.get());
    }
  }
}
