package io.peoplesync.provisioning;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Applies one target's steps: one by one with bounded concurrency, or in batches for a vendor that
 * has them; the state is written after each success, so a run that stops halfway is resumed by the
 * next plan.
 */
final class Applier {
  private final Target target;
  private final StateStore store;
  private final Clock clock;
  private final Consumer<Outcome> audit;

  Applier(Target target, StateStore store, Clock clock, Consumer<Outcome> audit) {
    this.target = target;
    this.store = store;
    this.clock = clock;
    this.audit = audit;
  }

  /** Applies {@code steps} (all of this target) and returns their outcomes in the same order. */
  List<Outcome> apply(List<Step> steps) {
    StateWriter state = new StateWriter(store, target.name());
    try {
      return apply(steps, state);
    } finally {
      state.flush();
    }
  }

  private List<Outcome> apply(List<Step> steps, StateWriter state) {
    Outcome[] out = new Outcome[steps.size()];
    List<Integer> writes = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.kind() == ChangeKind.UNCHANGED) {
        if (s.matched != null) {
          state.put(s.change.employeeId(), s.matched);
        }
        out[i] = done(s, null, Duration.ZERO);
      } else {
        writes.add(i);
      }
    }
    if (!writes.isEmpty()) {
      BatchApplier batches = target.adapter().batches();
      if (batches != null) {
        applyBatched(batches, steps, writes, out, state);
      } else {
        applyEach(steps, writes, out, state);
      }
    }
    List<Outcome> list = new ArrayList<>(out.length);
    for (Outcome o : out) {
      list.add(o);
    }
    return list;
  }

  private void applyBatched(
      BatchApplier batches,
      List<Step> steps,
      List<Integer> writes,
      Outcome[] out,
      StateWriter state) {
    List<BatchApplier.Item> items = new ArrayList<>(writes.size());
    for (int i : writes) {
      Step s = steps.get(i);
      boolean remove = s.kind() == ChangeKind.DEACTIVATE || s.kind() == ChangeKind.DELETE;
      String id =
          s.vendorId != null ? s.vendorId : OrtecAdapter.accountId(s.change.employeeId(), s.values);
      items.add(new BatchApplier.Item(id, s.values, remove));
    }
    long start = System.nanoTime();
    List<ApiException> errors = batches.apply(items);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    for (int n = 0; n < writes.size(); n++) {
      Step s = steps.get(writes.get(n));
      ApiException error = errors.get(n);
      if (error == null) {
        record(s, items.get(n).vendorId, state);
      }
      out[writes.get(n)] = done(s, error, took);
    }
  }

  private void applyEach(List<Step> steps, List<Integer> writes, Outcome[] out, StateWriter state) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(target.concurrency(), writes.size()), Workers.named(target.name()));
    try {
      for (List<Integer> wave : waves(steps, writes)) {
        List<Future<Outcome>> futures = new ArrayList<>(wave.size());
        for (int i : wave) {
          Step s = steps.get(i);
          futures.add(pool.submit(() -> applyOne(s, state)));
        }
        for (int n = 0; n < wave.size(); n++) {
          out[wave.get(n)] = Workers.join(futures.get(n));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Orders the writes so that a manager's user exists before their reports name them (Springest
   * refuses an approver without an account): creates and updates by depth in the management chain,
   * then deactivations and deletions.
   */
  static List<List<Integer>> waves(List<Step> steps, List<Integer> writes) {
    Map<String, Integer> index = new HashMap<>();
    List<Integer> leaving = new ArrayList<>();
    for (int i : writes) {
      Step s = steps.get(i);
      if (s.kind() == ChangeKind.CREATE || s.kind() == ChangeKind.UPDATE) {
        index.put(s.change.employeeId(), i);
      } else {
        leaving.add(i);
      }
    }
    Map<Integer, List<Integer>> byDepth = new TreeMap<>();
    for (int i : writes) {
      Step s = steps.get(i);
      if (index.containsKey(s.change.employeeId())) {
        int depth = 0;
        Set<String> seen = new HashSet<>();
        String m = s.managerId;
        while (m != null && index.containsKey(m) && seen.add(m)) {
          depth++;
          m = steps.get(index.get(m)).managerId;
        }
        byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(i);
      }
    }
    List<List<Integer>> waves = new ArrayList<>(byDepth.values());
    if (!leaving.isEmpty()) {
      waves.add(leaving);
    }
    return waves;
  }

  private Outcome applyOne(Step s, StateWriter state) {
    long start = System.nanoTime();
    ApiException error = null;
    try {
      String vendorId = write(s);
      record(s, vendorId, state);
    } catch (ApiException e) {
      error = e;
    } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      // The client refused the values before sending (a rule of the vendor): this change fails.
      error = new RejectedChangeException(target.name() + ": " + e.getMessage(), e);
    }
    return done(s, error, Duration.ofNanos(System.nanoTime() - start));
  }

  private String write(Step s) {
    Adapter a = target.adapter();
    String employeeId = s.change.employeeId();
    switch (s.kind()) {
      case CREATE:
        return create(s);
      case UPDATE:
        try {
          a.update(s.vendorId, employeeId, s.values, s.reactivate);
          return s.vendorId;
        } catch (NotFoundException gone) {
          // Removed in the vendor behind the state's back: provision it again.
          return create(s);
        }
      case DEACTIVATE:
        a.deactivate(s.vendorId, employeeId, s.values, s.lastDay, clock.instant());
        return s.vendorId;
      case DELETE:
        a.delete(s.vendorId, employeeId);
        return s.vendorId;
      default:
        throw new IllegalStateException("not a write: " + s.kind());
    }
  }

  /**
   * Creates the user, never twice: a create that may have reached the vendor, or that the vendor
   * refuses as a duplicate, is resolved by a lookup before anything is sent again.
   */
  private String create(Step s) {
    Adapter a = target.adapter();
    String employeeId = s.change.employeeId();
    try {
      return a.create(employeeId, s.values);
    } catch (ApiException e) {
      boolean unknownOutcome =
          e instanceof ApiTransportException && ((ApiTransportException) e).mayHaveReachedServer();
      if (!(unknownOutcome || a.isDuplicate(e)) || !a.canLookUp()) {
        throw e;
      }
      Optional<Remote> found = a.lookup(employeeId, s.values);
      if (found.isPresent()) {
        if (a.isDuplicate(e) || !found.get().active) {
          a.update(found.get().vendorId, employeeId, s.values, true);
        }
        return found.get().vendorId;
      }
      if (a.isDuplicate(e)) {
        throw e;
      }
      return a.create(employeeId, s.values);
    }
  }

  private void record(Step s, String vendorId, StateWriter state) {
    StateEntry entry;
    LocalDate today = LocalDate.now(clock);
    switch (s.kind()) {
      case CREATE:
      case UPDATE:
        entry = new StateEntry(vendorId, StateEntry.Status.ACTIVE, s.fields, null);
        break;
      case DEACTIVATE:
        entry =
            new StateEntry(
                vendorId,
                target.adapter().deactivationDeletes()
                    ? StateEntry.Status.DELETED
                    : StateEntry.Status.DEACTIVATED,
                s.fields,
                today.toString());
        break;
      default:
        entry = new StateEntry(vendorId, StateEntry.Status.DELETED, s.fields, today.toString());
    }
    state.put(s.change.employeeId(), entry);
  }

  private Outcome done(Step s, ApiException error, Duration took) {
    Outcome o =
        new Outcome.Builder()
            .change(s.change)
            .succeeded(error == null)
            .error(Optional.ofNullable(error))
            .duration(took)
            .build();
    audit.accept(o);
    return o;
  }
}
