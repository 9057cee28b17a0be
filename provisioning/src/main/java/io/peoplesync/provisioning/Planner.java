package io.peoplesync.provisioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares the desired employees with the state of one target. Employees the state knows cost no
 * vendor call; the others are looked up by natural key (concurrently), so a user that exists
 * already is matched instead of created twice.
 */
final class Planner {
  private final Target target;
  private final StateStore store;
  private final LocalDate today;

  Planner(Target target, StateStore store, LocalDate today) {
    this.target = target;
    this.store = store;
    this.today = today;
  }

  /** Plans the target's changes; {@code known[0]} receives its count of known active users. */
  List<Step> plan(
      List<Employee> employees, Map<String, Employee> population, boolean full, int[] known) {
    Map<String, StateEntry> entries = full ? store.entries(target.name()) : entriesOf(employees);
    Directory dir = directory(population, entries, full);
    List<Step> steps = new ArrayList<>(employees.size());
    List<Integer> unknown = new ArrayList<>();
    int active = 0;
    for (Employee e : employees) {
      StateEntry s = entries.get(e.id());
      if (s != null && s.status == StateEntry.Status.ACTIVE) {
        active++;
      }
      if (s == null && target.adapter().canLookUp()) {
        unknown.add(steps.size());
        steps.add(null);
      } else {
        steps.add(planKnown(e, s, dir));
      }
    }
    if (!unknown.isEmpty()) {
      active += lookUp(employees, unknown, steps, dir);
    }
    if (full) {
      for (Map.Entry<String, StateEntry> en : entries.entrySet()) {
        if (!population.containsKey(en.getKey())) {
          Step absent = planAbsent(en.getKey(), en.getValue());
          if (en.getValue().status == StateEntry.Status.ACTIVE) {
            active++;
          }
          if (absent != null) {
            steps.add(absent);
          }
        }
      }
    }
    known[0] = active;
    return steps;
  }

  private Map<String, StateEntry> entriesOf(List<Employee> employees) {
    Map<String, StateEntry> out = new LinkedHashMap<>();
    for (Employee e : employees) {
      StateEntry s = store.entry(target.name(), e.id());
      if (s != null) {
        out.put(e.id(), s);
      }
    }
    return out;
  }

  private Directory directory(
      Map<String, Employee> population, Map<String, StateEntry> entries, boolean full) {
    return id -> {
      Employee m = population.get(id);
      if (m != null) {
        return m.status().isEmployed() ? m.workEmail() : Optional.empty();
      }
      if (full) {
        return Optional.empty();
      }
      StateEntry s = entries.containsKey(id) ? entries.get(id) : store.entry(target.name(), id);
      return s != null && s.status == StateEntry.Status.ACTIVE
          ? Optional.ofNullable(s.fields.get("workEmail"))
          : Optional.empty();
    };
  }

  /** The desired values of one employee: by vendor field, and by neutral name for the state. */
  private static final class Desired {
    final Map<String, String> byField = new LinkedHashMap<>();
    final Map<String, String> byName = new LinkedHashMap<>();
  }

  private Desired desired(Employee e, Directory dir) {
    Desired d = new Desired();
    for (FieldMapping f : target.fields()) {
      String v = f.value.apply(e, dir).filter(s -> !s.isEmpty()).orElse(null);
      d.byField.put(f.vendorField, v);
      if (v != null) {
        d.byName.put(f.name, v);
      }
    }
    return d;
  }

  private Map<String, FieldChange> diff(Map<String, String> before, Map<String, String> after) {
    Map<String, FieldChange> out = new LinkedHashMap<>();
    for (FieldMapping f : target.fields()) {
      if (!f.compared || out.containsKey(f.name)) {
        continue;
      }
      String b = before.get(f.name);
      String a = after.get(f.name);
      if (b == null ? a != null : !b.equals(a)) {
        out.put(f.name, FieldChange.of(b, a));
      }
    }
    return out;
  }

  private Change change(String employeeId, ChangeKind kind, Map<String, FieldChange> fields) {
    return Change.builder()
        .target(target.name())
        .employeeId(employeeId)
        .kind(kind)
        .fields(fields)
        .build();
  }

  private Step step(
      Employee e,
      ChangeKind kind,
      String vendorId,
      Desired d,
      Map<String, FieldChange> fields,
      boolean reactivate,
      StateEntry matched) {
    return new Step(
        target,
        change(e.id(), kind, fields),
        vendorId,
        new Values(d.byField),
        d.byName,
        reactivate,
        matched,
        e.endDate().orElse(today),
        e.managerId().orElse(null));
  }

  private Step planKnown(Employee e, StateEntry s, Directory dir) {
    Desired d = desired(e, dir);
    boolean employed = e.status().isEmployed();
    boolean terminated = e.status().equals(EmploymentStatus.TERMINATED);
    Map<String, FieldChange> none = Map.of();
    if (s == null || s.status == StateEntry.Status.DELETED) {
      // Unknown to a target without lookup (ORTEC), or removed before: only employees get users.
      return terminated
          ? step(e, ChangeKind.UNCHANGED, null, d, none, false, null)
          : step(e, ChangeKind.CREATE, null, d, none, false, null);
    }
    if (s.status == StateEntry.Status.ACTIVE) {
      if (terminated) {
        return step(e, ChangeKind.DEACTIVATE, s.vendorId, d, none, false, null);
      }
      Map<String, FieldChange> fields = diff(s.fields, d.byName);
      return step(
          e,
          fields.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.UPDATE,
          s.vendorId,
          d,
          fields,
          false,
          null);
    }
    // Deactivated: a rehire reactivates; anything else waits for the deletion policy.
    if (employed) {
      Map<String, FieldChange> fields = new LinkedHashMap<>();
      fields.put("active", FieldChange.of("false", "true"));
      fields.putAll(diff(s.fields, d.byName));
      return step(e, ChangeKind.UPDATE, s.vendorId, d, fields, true, null);
    }
    return deleteIfDue(e.id(), s, step(e, ChangeKind.UNCHANGED, s.vendorId, d, none, false, null));
  }

  private Step deleteIfDue(String employeeId, StateEntry s, Step otherwise) {
    if (target.deletePolicy().isPresent()
        && s.deactivatedOn != null
        && !LocalDate.parse(s.deactivatedOn).plus(target.deletePolicy().get()).isAfter(today)) {
      return fromState(employeeId, ChangeKind.DELETE, s);
    }
    return otherwise;
  }

  // A change written from the values last applied: the employee is no longer in the population.
  private Step fromState(String employeeId, ChangeKind kind, StateEntry s) {
    return new Step(
        target,
        change(employeeId, kind, Map.of()),
        s.vendorId,
        values(s),
        s.fields,
        false,
        null,
        today,
        null);
  }

  // The values last applied, by vendor field.
  private Values values(StateEntry s) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldMapping f : target.fields()) {
      byField.put(f.vendorField, s.fields.get(f.name));
    }
    return new Values(byField);
  }

  private Step planAbsent(String employeeId, StateEntry s) {
    if (s.status == StateEntry.Status.ACTIVE) {
      return fromState(employeeId, ChangeKind.DEACTIVATE, s);
    }
    if (s.status == StateEntry.Status.DEACTIVATED) {
      return deleteIfDue(employeeId, s, null);
    }
    return null;
  }

  private int lookUp(
      List<Employee> employees, List<Integer> unknown, List<Step> steps, Directory dir) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(target.concurrency(), unknown.size()),
            Workers.named(target.name() + "-lookup"));
    try {
      List<Future<Step>> futures = new ArrayList<>(unknown.size());
      for (int i : unknown) {
        Employee e = employees.get(i);
        futures.add(pool.submit(() -> planUnknown(e, dir)));
      }
      int active = 0;
      for (int n = 0; n < unknown.size(); n++) {
        Step s = Workers.join(futures.get(n));
        steps.set(unknown.get(n), s);
        boolean matchedActive =
            s.kind() == ChangeKind.DEACTIVATE
                || (s.kind() == ChangeKind.UPDATE && !s.reactivate)
                || (s.matched != null && s.matched.status == StateEntry.Status.ACTIVE);
        if (matchedActive) {
          active++;
        }
      }
      return active;
    } finally {
      pool.shutdownNow();
    }
  }

  private Step planUnknown(Employee e, Directory dir) {
    Desired d = desired(e, dir);
    Optional<Remote> found = target.adapter().lookup(e.id(), new Values(d.byField));
    boolean terminated = e.status().equals(EmploymentStatus.TERMINATED);
    if (found.isEmpty()) {
      return terminated
          ? step(e, ChangeKind.UNCHANGED, null, d, Map.of(), false, null)
          : step(e, ChangeKind.CREATE, null, d, Map.of(), false, null);
    }
    Remote r = found.get();
    Map<String, String> before = new LinkedHashMap<>();
    if (r.values != null) {
      for (FieldMapping f : target.fields()) {
        String v = r.values.get(f.vendorField);
        if (v != null && !v.isEmpty()) {
          before.putIfAbsent(f.name, v);
        }
      }
    }
    if (terminated) {
      return r.active
          ? step(e, ChangeKind.DEACTIVATE, r.vendorId, d, Map.of(), false, null)
          : step(
              e,
              ChangeKind.UNCHANGED,
              r.vendorId,
              d,
              Map.of(),
              false,
              new StateEntry(r.vendorId, StateEntry.Status.DEACTIVATED, before, today.toString()));
    }
    Map<String, FieldChange> fields = new LinkedHashMap<>();
    if (!r.active && e.status().isEmployed()) {
      fields.put("active", FieldChange.of("false", "true"));
    }
    // A vendor whose lookup returns no profile (Springest) gets the whole record written once.
    fields.putAll(r.values == null ? diff(Map.of(), d.byName) : diff(before, d.byName));
    if (fields.isEmpty()) {
      return step(
          e,
          ChangeKind.UNCHANGED,
          r.vendorId,
          d,
          fields,
          false,
          new StateEntry(r.vendorId, StateEntry.Status.ACTIVE, d.byName, null));
    }
    return step(e, ChangeKind.UPDATE, r.vendorId, d, fields, fields.containsKey("active"), null);
  }
}
