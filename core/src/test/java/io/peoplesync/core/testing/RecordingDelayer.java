package io.peoplesync.core.testing;

import io.peoplesync.core.Delayer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A delayer that records each requested wait and returns at once, optionally moving a {@link
 * ManualClock} forward by the wait, so retry tests never sleep.
 */
public final class RecordingDelayer implements Delayer {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private final ManualClock clock;

  /** Creates a delayer that moves no clock. */
  public RecordingDelayer() {
    this(null);
  }

  /** Creates a delayer that advances {@code clock} by every wait. */
  public RecordingDelayer(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public CompletableFuture<Void> delay(Duration delay, boolean async) {
    delays.add(delay);
    if (clock != null) {
      clock.advance(delay);
    }
    return CompletableFuture.completedFuture(null);
  }

  /** Returns the waits requested so far, in order. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
