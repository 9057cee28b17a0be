package io.peoplesync.pepper;

import java.time.Instant;
import java.util.Optional;

/**
 * Where an {@link ActionPoller} keeps the end of the last window whose actions the caller has
 * handled. Implement it over your own store (a database row, say) or use {@link InMemoryCheckpoint}
 * or {@link FileCheckpoint}.
 *
 * <p>{@link #save} must be durable when it returns: the poller reads with {@link #load} at the
 * start of every poll, and after a restart.
 */
public interface Checkpoint {
  /** Returns the saved instant, or empty when nothing was saved yet. */
  Optional<Instant> load();

  /** Saves {@code upTo}, replacing what was saved; throwing leaves the old value in place. */
  void save(Instant upTo);
}
