package io.peoplesync.pepper;

import java.lang.System.Logger.Level;
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
import java.util.function.Consumer;

/**
 * Follows Pepper's action feed window by window without losing an action.
 *
 * <p><b>Windows.</b> Each {@link #poll()} lists the window {@code (checkpoint − overlap, end]},
 * where {@code end} is {@code now − safetyLag}, but at most {@code maxWindow} past the checkpoint.
 * It reads <em>every</em> page of the window before it returns anything, and returns the actions
 * not returned before, ordered by timestamp (then id). A page that cannot be read throws and leaves
 * the checkpoint where it was, so the next poll reads the whole window again.
 *
 * <p><b>Commits.</b> The checkpoint moves to the window's end only after the caller is done with
 * the batch: at {@link #commit()}, or at the next {@code poll()}. Delivery is therefore at least
 * once: a crash while a batch is handled repeats it after a restart and never skips it. Make
 * handling idempotent ({@link PepperAction#id()} is a good key). If handling fails, call {@link
 * #rewind(PepperAction, RuntimeException)} (or {@link #rewind()}) before polling again, or the next
 * poll acknowledges the failed batch.
 *
 * <p><b>Catching up.</b> After an outage the checkpoint lies far behind. No window is longer than
 * {@code maxWindow} (one hour by default), so the backlog is read and committed in bounded steps,
 * never as one window held in memory; {@link #isBehind()} says that another window is ready at
 * once. {@link #handle(Consumer)} does the whole loop.
 *
 * <p><b>Late actions.</b> Pepper may list an action a little after its timestamp. The safety lag
 * keeps each window's end that far behind the clock; the overlap re-reads that much of the previous
 * window, and the ids already returned there are remembered (in memory, for the length of the
 * overlap) and dropped. An action listed later than lag plus overlap after its timestamp is missed.
 * After a restart the memory is empty, so actions in the first overlap may come again.
 *
 * <p><b>Poisoned actions.</b> One action whose handling always fails must not stall the feed.
 * Report the failing action with {@link #rewind(PepperAction, RuntimeException)} ({@link
 * #handle(Consumer)} does so itself): once the same action failed {@code maxDeliveries} times (5 by
 * default) without its batch being committed, it is skipped: handed to the skip listener, counted
 * in {@link #skippedCount()}, and never returned by this poller again. {@link #skip} gives an
 * action up at once. The failure counts live in memory and restart with the process.
 *
 * <p>Before the first poll the checkpoint must hold a start, normally the instant your initial
 * download of {@code users().list(..)} began. Calls from several threads run one after another.
 *
 * <pre>{@code
 * ActionPoller poller = pepper.actions().poller(FileCheckpoint.at(path), ActionType.userLifecycle())
 *     .withSkipListener(s -> alerts.send("Pepper action skipped: " + s.action().id()));
 * // every five minutes; a failure is logged, the batch comes again at the next run:
 * int handled = poller.handle(directory::apply);
 * }</pre>
 */
public class ActionPoller {
  /** The default safety lag: one minute. */
  public static final Duration DEFAULT_SAFETY_LAG = Duration.ofMinutes(1);

  /** The default overlap: five minutes, one poll interval. */
  public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);

  /** The default longest window one poll reads: one hour. */
  public static final Duration DEFAULT_MAX_WINDOW = Duration.ofHours(1);

  /** The default number of failed deliveries after which an action is skipped: five. */
  public static final int DEFAULT_MAX_DELIVERIES = 5;

  private static final System.Logger LOG = System.getLogger(ActionPoller.class.getName());
  private static final Comparator<PepperAction> ORDER =
      Comparator.comparing(PepperAction::timestamp).thenComparing(PepperAction::id);

  private final ActionsApi actions;
  private final Clock clock;
  private final Checkpoint checkpoint;
  private final Set<ActionType> types;
  private final PollerSettings settings;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Instant> recent = new HashMap<>();
  private final Map<String, Instant> skipped = new HashMap<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private Instant pending;
  private boolean behind;
  private long skippedCount;

  ActionPoller(
      ActionsApi actions,
      Clock clock,
      Checkpoint checkpoint,
      Set<ActionType> types,
      PollerSettings settings) {
    this.actions = actions;
    this.clock = clock;
    this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint == null");
    this.types = types;
    this.settings = settings;
  }

  private ActionPoller with(PollerSettings changed) {
    return new ActionPoller(actions, clock, checkpoint, types, changed);
  }

  /**
   * Returns a poller like this one, with no memory of returned actions, that keeps each window's
   * end {@code safetyLag} behind the clock ({@link #DEFAULT_SAFETY_LAG} by default).
   *
   * @throws IllegalArgumentException if {@code safetyLag} is negative
   */
  public ActionPoller withSafetyLag(Duration safetyLag) {
    return with(settings.safetyLag(safetyLag));
  }

  /**
   * Returns a poller like this one, with no memory of returned actions, that re-reads {@code
   * overlap} of the previous window ({@link #DEFAULT_OVERLAP} by default; zero turns it off).
   *
   * @throws IllegalArgumentException if {@code overlap} is negative
   */
  public ActionPoller withOverlap(Duration overlap) {
    return with(settings.overlap(overlap));
  }

  /**
   * Returns a poller like this one that asks for pages of {@code limit} actions. Pepper may answer
   * with smaller pages; every page of a window is still read.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public ActionPoller withPageLimit(int limit) {
    return with(settings.pageLimit(limit));
  }

  /**
   * Returns a poller like this one whose windows reach at most {@code maxWindow} past the
   * checkpoint ({@link #DEFAULT_MAX_WINDOW} by default), which bounds what one batch holds when an
   * outage is caught up.
   *
   * @throws IllegalArgumentException if {@code maxWindow} is not positive
   */
  public ActionPoller withMaxWindow(Duration maxWindow) {
    return with(settings.maxWindow(maxWindow));
  }

  /**
   * Returns a poller like this one that skips an action after {@code maxDeliveries} failed
   * deliveries ({@link #DEFAULT_MAX_DELIVERIES} by default); 1 skips it at its first failure.
   *
   * @throws IllegalArgumentException if {@code maxDeliveries} is not positive
   */
  public ActionPoller withMaxDeliveries(int maxDeliveries) {
    return with(settings.maxDeliveries(maxDeliveries));
  }

  /**
   * Returns a poller like this one that hands every skipped action to {@code listener} (on the
   * thread that skips it) instead of only logging a warning with its id and type. A listener that
   * throws does not undo the skip.
   */
  public ActionPoller withSkipListener(Consumer<? super SkippedAction> listener) {
    return with(settings.onSkip(listener));
  }

  /**
   * Acknowledges the previous batch (saving its window's end), then reads the next window and
   * returns its actions that were not returned or skipped before, in timestamp order; empty when
   * there are none or the clock has not moved past the checkpoint plus the safety lag.
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
      Instant now = clock.instant().minus(settings.safetyLag()).truncatedTo(ChronoUnit.MILLIS);
      Instant limit = from.plus(settings.maxWindow());
      Instant upTo = limit.isBefore(now) ? limit : now;
      behind = false;
      if (!upTo.isAfter(from)) {
        return List.of();
      }
      List<PepperAction> fresh = fetchNew(from.minus(settings.overlap()), upTo);
      fresh.forEach(a -> recent.put(a.id(), a.timestamp()));
      Instant forgetBefore = upTo.minus(settings.overlap());
      recent.values().removeIf(t -> !t.isAfter(forgetBefore));
      skipped.values().removeIf(t -> !t.isAfter(forgetBefore));
      pending = upTo;
      behind = upTo.isBefore(now);
      return fresh;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns whether the last poll stopped at {@code maxWindow} before reaching the clock minus the
   * safety lag: after handling its batch, poll again at once to catch up.
   */
  public boolean isBehind() {
    lock.lock();
    try {
      return behind;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Polls, hands each action to {@code handler} in order and commits, window after window, until
   * the feed is caught up; returns how many actions the handler took.
   *
   * <p>If the handler throws on an action, that failure is counted as by {@link
   * #rewind(PepperAction, RuntimeException)}: below {@code maxDeliveries} the batch is rewound and
   * the exception rethrown (the next call delivers the batch again from its start); at {@code
   * maxDeliveries} the action is skipped and the batch goes on without it.
   *
   * @throws IllegalStateException if the checkpoint is empty; nothing is sent
   * @throws io.peoplesync.core.ApiException if a page cannot be read; windows handled before stay
   *     committed
   * @throws RuntimeException what the handler threw, after rewinding the batch
   */
  public int handle(Consumer<? super PepperAction> handler) {
    Objects.requireNonNull(handler, "handler == null");
    lock.lock();
    try {
      int handled = 0;
      do {
        for (PepperAction action : poll()) {
          try {
            handler.accept(action);
            handled++;
          } catch (RuntimeException e) {
            if (!countFailure(action, e)) {
              forgetBatch();
              throw e;
            }
          }
        }
        commitPending();
      } while (behind);
      return handled;
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
   * poll reads again from the saved checkpoint (minus the overlap) and returns that batch again
   * (skipped actions stay skipped). Call it when handling a batch failed; prefer {@link
   * #rewind(PepperAction, RuntimeException)} when you know which action failed.
   */
  public void rewind() {
    lock.lock();
    try {
      forgetBatch();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Rewinds like {@link #rewind()}, counting one failed delivery of {@code failed}: at the {@code
   * maxDeliveries}-th failure of the same action since its batch was last committed, the action is
   * skipped, so the next poll delivers the batch without it.
   */
  public void rewind(PepperAction failed, RuntimeException cause) {
    Objects.requireNonNull(failed, "failed == null");
    lock.lock();
    try {
      countFailure(failed, cause);
      forgetBatch();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Gives {@code action} up at once: it is handed to the skip listener, counted, and never returned
   * by this poller again. The current batch is untouched: go on with its other actions and commit.
   *
   * @param cause why, if known; may be null
   */
  public void skip(PepperAction action, Throwable cause) {
    Objects.requireNonNull(action, "action == null");
    lock.lock();
    try {
      skipNow(action, failures.getOrDefault(action.id(), 0), cause);
    } finally {
      lock.unlock();
    }
  }

  /** Returns how many actions this poller skipped since it was made. */
  public long skippedCount() {
    lock.lock();
    try {
      return skippedCount;
    } finally {
      lock.unlock();
    }
  }

  private List<PepperAction> fetchNew(Instant after, Instant upTo) {
    ActionQuery.Builder query = ActionQuery.builder().after(after).upTo(upTo).types(types);
    settings.pageLimit().ifPresent(query::limit);
    Map<String, PepperAction> byId = new LinkedHashMap<>();
    for (PepperAction a : actions.list(query.build())) {
      if (!recent.containsKey(a.id()) && !skipped.containsKey(a.id())) {
        byId.putIfAbsent(a.id(), a);
      }
    }
    List<PepperAction> fresh = new ArrayList<>(byId.values());
    fresh.sort(ORDER);
    return List.copyOf(fresh);
  }

  /** Counts a failed delivery; returns whether the action is now skipped. */
  private boolean countFailure(PepperAction action, Throwable cause) {
    int count = failures.merge(action.id(), 1, Integer::sum);
    if (count < settings.maxDeliveries()) {
      return false;
    }
    skipNow(action, count, cause);
    return true;
  }

  private void skipNow(PepperAction action, int failed, Throwable cause) {
    if (skipped.putIfAbsent(action.id(), action.timestamp()) != null) {
      return;
    }
    failures.remove(action.id());
    skippedCount++;
    SkippedAction event =
        SkippedAction.builder()
            .action(action)
            .failedDeliveries(failed)
            .cause(Optional.ofNullable(cause))
            .build();
    try {
      settings.onSkip().accept(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Pepper action skip listener failed for " + action.id(), e);
    }
  }

  private void forgetBatch() {
    pending = null;
    behind = false;
    recent.clear();
  }

  private void commitPending() {
    if (pending != null) {
      checkpoint.save(pending);
      pending = null;
      failures.clear();
    }
  }

  static void logSkip(SkippedAction s) {
    LOG.log(
        Level.WARNING,
        "Pepper action {0} ({1}) skipped after {2} failed deliveries",
        s.action().id(),
        s.action().typeName(),
        s.failedDeliveries());
  }

  @Override
  public String toString() {
    return "ActionPoller{checkpoint=" + checkpoint + ", types=" + types + ", " + settings + "}";
  }
}
