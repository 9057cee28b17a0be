package io.peoplesync.cli.output;

import io.peoplesync.provisioning.AuditListener;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Shows how far an apply has come, per target, fed by the provisioner's audit events; only the
 * changes that write count (UNCHANGED events are skipped). Thread-safe: events arrive on the
 * targets' worker threads.
 */
public interface Progress extends AuditListener, AutoCloseable {
  /** Starts showing progress for the given number of writing changes per target. */
  void begin(Map<String, Long> writesPerTarget);

  /** Finishes the display (bars completed, last lines printed). */
  @Override
  void close();

  /**
   * Returns progress bars on {@code System.err} when {@code terminal}, else plain lines on {@code
   * out}.
   */
  static Progress of(boolean terminal, PrintWriter out) {
    return terminal ? new TerminalProgress() : new PlainProgress(out, System::nanoTime);
  }

  /** Returns plain periodic lines on {@code out}, timed by {@code nanoTime}. */
  static Progress plain(PrintWriter out, LongSupplier nanoTime) {
    return new PlainProgress(out, nanoTime);
  }
}
