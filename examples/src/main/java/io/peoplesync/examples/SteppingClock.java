package io.peoplesync.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the demo moves by hand, so that "every five minutes" takes no time at all. */
final class SteppingClock extends Clock {
  private final AtomicReference<Instant> now;

  SteppingClock(Instant start) {
    now = new AtomicReference<>(start);
  }

  void advance(Duration step) {
    now.updateAndGet(i -> i.plus(step));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
