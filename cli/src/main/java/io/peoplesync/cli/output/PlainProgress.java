package io.peoplesync.cli.output;

import io.peoplesync.provisioning.AuditEvent;
import io.peoplesync.provisioning.ChangeKind;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Progress for logs and pipes: a line per target each time another quarter of its changes is done,
 * and at least every few seconds while it moves. No control characters.
 */
final class PlainProgress implements Progress {
  private static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final PrintWriter out;
  private final LongSupplier nanoTime;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Counter> counters = new LinkedHashMap<>();

  PlainProgress(PrintWriter out, LongSupplier nanoTime) {
    this.out = out;
    this.nanoTime = nanoTime;
  }

  private static final class Counter {
    final long total;
    long done;
    long lastQuarter;
    long lastPrinted;

    Counter(long total, long now) {
      this.total = total;
      this.lastPrinted = now;
    }
  }

  @Override
  public void begin(Map<String, Long> writesPerTarget) {
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      writesPerTarget.forEach(
          (target, total) -> {
            if (total > 0) {
              counters.put(target, new Counter(total, now));
            }
          });
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void onOutcome(AuditEvent event) {
    if (event.kind() == ChangeKind.UNCHANGED) {
      return;
    }
    lock.lock();
    try {
      Counter c = counters.get(event.target());
      if (c == null || c.done >= c.total) {
        return;
      }
      c.done++;
      long now = nanoTime.getAsLong();
      long quarter = c.done * 4 / c.total;
      if (quarter > c.lastQuarter || now - c.lastPrinted >= PERIOD_NANOS) {
        c.lastQuarter = quarter;
        c.lastPrinted = now;
        out.printf(
            "%-10s %d/%d changes applied (%d%%)%n",
            event.target(), c.done, c.total, c.done * 100 / c.total);
        out.flush();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    out.flush();
  }
}
