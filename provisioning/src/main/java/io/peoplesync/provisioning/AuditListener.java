package io.peoplesync.provisioning;

/**
 * Receives an {@link AuditEvent} for every outcome of a run, UNCHANGED ones included. Called on the
 * target's worker threads, possibly concurrently, so an implementation must be thread-safe; an
 * exception it throws is swallowed so that auditing never stops a sync.
 */
@FunctionalInterface
public interface AuditListener {
  /** Takes note of one applied change. */
  void onOutcome(AuditEvent event);
}
