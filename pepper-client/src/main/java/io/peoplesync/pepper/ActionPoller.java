package io.peoplesync.pepper;

import io.peoplesync.core.spi.Validate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Follows Pepper's action feed window by window without losing an action.
 *
 * <p>Each {@link #poll()} lists the window {@code (checkpoint − overlap, now − safetyLag]}, reads
 * every page, and returns the actions not returned before, ordered by timestamp (then id). The
 * checkpoint moves to the window's end only after the caller is done with the batch: when it calls
 * {@code poll()} again, or {@link #commit()}. So delivery is at least once: a crash while a batch
 * is being handled repeats that batch after a restart and never skips it. Make handling idempotent
 * (an action's {@link PepperAction#id()} is a good key). If handling a batch fails, call {@link
 * #rewind()} before polling again, or the next poll acknowledges the failed batch.
 *
 * <p>Pepper may list an action a little after its timestamp. The safety lag keeps each window's end
 * that far behind the clock; the overlap re-reads that much of the previous window, and the ids
 * already returned there are remembered (in memory, for the length of the overlap) and dropped. An
 * action that shows up later than lag plus overlap is missed. After a restart the memory is empty,
 * so actions in the first overlap may come again.
 *
 * <p>Before the first poll the checkpoint must hold a start, normally the instant your initial
 * download of {@code users().list(..)} began. Polls from several threads run one after another.
 *
 * <pre>{@code
 * ActionPoller poller = pepper.actions().poller(FileCheckpoint.at(path), ActionType.userLifecycle());
 * // every five minutes:
 * try {
 *   poller.poll().forEach(directory::apply);
 *   poller.commit();
 * } catch (RuntimeException e) {
 *   poller.rewind();
 * }
 * }</pre>
 */
public class ActionPoller {
  /** The default safety lag: one minute. */
  public static final Duration DEFAULT_SAFETY_LAG = Duration.ofMinutes(1);

  /** The default overlap: five minutes, one poll interval. */
  public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);

  private static final Comparator<PepperAction> ORDER =
      Comparator.comparing(PepperAction::timestamp).thenComparing(PepperAction::id);

  private final ActionsApi actions;
  private final Clock clock;
  private final Checkpoint checkpoint;
  private final Set<ActionType> types;
  private final Duration safetyLag;
  private final Duration overlap;
  private final Optional<Integer> pageLimit;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Instant> recent = new HashMap<>();
  private Instant pending;

  ActionPoller(
      ActionsApi actions,
      Clock clock,
      Checkpoint checkpoint,
      Set<ActionType> types,
      Duration safetyLag,
      Duration overlap,
      Optional<Integer> pageLimit) {
    this.actions = actions;
    this.clock = clock;
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint == null");
    this.types = types;
    this.safetyLag = nonNegative("safetyLag", safetyLag);
    this.overlap = nonNegative("overlap", overlap);
    this.pageLimit = pageLimit;
    pageLimit.ifPresent(l -> Validate.check(l > 0, "pageLimit", "must be positive"));
  }

  /**
   * Returns a poller like this one, with no memory of returned actions, that keeps each window's
   * end {@code safetyLag} behind the clock ({@link #DEFAULT_SAFETY_LAG} by default).
   */
  public ActionPoller withSafetyLag(Duration safetyLag) {
    return new ActionPoller(actions, clock, checkpoint, types, safetyLag, overlap, pageLimit);
  }

  /**
   * Returns a poller like this one, with no memory of returned actions, that re-reads {@code
   * overlap} of the previous window ({@link #DEFAULT_OVERLAP} by default; zero turns it off).
   */
  public ActionPoller withOverlap(Duration overlap) {
    return new ActionPoller(actions, clock, checkpoint, types, safetyLag, overlap, pageLimit);
  }

  /** Returns a poller like this one that asks for pages of {@code limit} actions. */
  public ActionPoller withPageLimit(int limit) {
    return new ActionPoller(
        actions, clock, checkpoint, types, safetyLag, overlap, Optional.of(limit));
  }

  /**
   * Acknowledges the previous batch (saving its window's end), then returns the actions of the next
   * window that were not returned before, in timestamp order; empty when there are none or the
   * clock has not moved past the checkpoint.
   *
   * @throws IllegalStateException if the checkpoint is empty; nothing is sent
   * @throws io.peoplesync.core.ApiException if a page cannot be read; the checkpoint stays at the
   *     previous batch and the next poll reads the same window again
   */
  public List<PepperAction> poll() {
    lock.lock();
    try {
      commitPending();
      Instant from =
          checkpoint
              .load()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "checkpoint is empty: save the instant your initial user download"
                              + " started before the first poll"));
      Instant upTo = clock.instant().minus(safetyLag).truncatedTo(ChronoUnit.MILLIS);
      if (!upTo.isAfter(from)) {
        return List.of();
      }
      List<PepperAction> fresh = fetchNew(from.minus(overlap), upTo);
      fresh.forEach(a -> recent.put(a.id(), a.timestamp()));
      Instant forgetBefore = upTo.minus(overlap);
      recent.values().removeIf(t -> !t.isAfter(forgetBefore));
      pending = upTo;
      return fresh;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Saves the end of the last returned batch's window now, instead of at the next poll; call it
   * after handling the batch when the process is about to stop. Does nothing if nothing is pending.
   */
  public void commit() {
    lock.lock();
    try {
      commitPending();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Forgets the last returned batch without saving it, and the memory of returned ids, so the next
   * poll reads again from the saved checkpoint (minus the overlap) and returns that batch again.
   * Call it when handling a batch failed.
   */
  public void rewind() {
    lock.lock();
    try {
      pending = null;
      recent.clear();
    } finally {
      lock.unlock();
    }
  }

  private List<PepperAction> fetchNew(Instant after, Instant upTo) {
    ActionQuery.Builder query = ActionQuery.builder().after(after).upTo(upTo).types(types);
    pageLimit.ifPresent(query::limit);
    Map<String, PepperAction> byId = new LinkedHashMap<>();
    for (PepperAction a : actions.list(query.build())) {
      if (!recent.containsKey(a.id())) {
        byId.putIfAbsent(a.id(), a);
      }
    }
    List<PepperAction> fresh = new ArrayList<>(byId.values());
    fresh.sort(ORDER);
    return List.copyOf(fresh);
  }

  private void commitPending() {
    if (pending != null) {
      checkpoint.save(pending);
      pending = null;
    }
  }

  private static Duration nonNegative(String name, Duration d) {
    Objects.requireNonNull(d, name + " == null");
    Validate.check(!d.isNegative(), name, "must not be negative");
    return d;
  }

  @Override
  public String toString() {
    return "ActionPoller{checkpoint="
        + checkpoint
        + ", types="
        + types
        + ", safetyLag="
        + safetyLag
        + ", overlap="
        + overlap
        + "}";
  }
}
