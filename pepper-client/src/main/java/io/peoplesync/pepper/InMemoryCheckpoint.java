package io.peoplesync.pepper;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps the checkpoint in memory: for tests and for processes that re-seed on every start. */
public final class InMemoryCheckpoint implements Checkpoint {
  private final AtomicReference<Instant> value;

  private InMemoryCheckpoint(Instant initial) {
    this.value = new AtomicReference<>(initial);
  }

  /** Returns an empty checkpoint; save the seeding start in it before the first poll. */
  public static InMemoryCheckpoint empty() {
    return new InMemoryCheckpoint(null);
  }

  /** Returns a checkpoint holding {@code start}, typically the instant your seeding began. */
  public static InMemoryCheckpoint startingAt(Instant start) {
    return new InMemoryCheckpoint(Objects.requireNonNull(start, "start == null"));
  }

  @Override
  public Optional<Instant> load() {
    return Optional.ofNullable(value.get());
  }

  @Override
  public void save(Instant upTo) {
    value.set(Objects.requireNonNull(upTo, "upTo == null"));
  }

  @Override
  public String toString() {
    return "InMemoryCheckpoint{" + value.get() + "}";
  }
}
