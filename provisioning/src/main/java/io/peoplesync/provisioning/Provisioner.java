package io.peoplesync.provisioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Keeps every configured target in step with the HR system: {@link #plan} the whole population,
 * review, {@link #apply}; or {@link #provision} one employee when HR reports a hire, a change or a
 * leave. Thread-safe; runs of the same provisioner should not overlap.
 *
 * <pre>{@code
 * Provisioner p = Provisioner.builder()
 *     .target(Targets.spencer(spencer)).target(Targets.ortec(ortec))
 *     .stateStore(StateStore.jdbc(dataSource))
 *     .maxDeactivationShare(0.10)
 *     .build();
 * Plan plan = p.plan(employees);
 * System.out.println(plan.toTable());
 * SyncReport report = p.apply(plan);
 * }</pre>
 */
public final class Provisioner {
  private final List<Target> targets;
  private final StateStore store;
  private final double maxDeactivationShare;
  private final double maxPopulationShrink;
  private final List<AuditListener> listeners;
  private final Set<String> sensitive;
  private final Clock clock;

  private Provisioner(Builder b) {
    this.targets = Collections.unmodifiableList(new ArrayList<>(b.targets.values()));
    this.store = b.store;
    this.maxDeactivationShare = b.maxDeactivationShare;
    this.maxPopulationShrink = b.maxPopulationShrink;
    this.listeners = new CopyOnWriteArrayList<>(b.listeners);
    this.sensitive = Collections.unmodifiableSet(new HashSet<>(b.sensitive));
    this.clock = b.clock;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the targets, in the order they were added. */
  public List<Target> targets() {
    return targets;
  }

  /**
   * Plans the changes that bring every target in line with {@code employees}, the whole desired
   * population: an employee absent from it but known to a target is deactivated. Sends no write;
   * employees the state store knows cost no vendor call, the others are looked up by natural key.
   *
   * @throws IllegalArgumentException if two employees share an id
   * @throws io.peoplesync.core.ApiException if a lookup fails; nothing was written
   */
  public Plan plan(List<Employee> employees) {
    return plan(employees, true);
  }

  /**
   * Applies {@code plan} with every guard rail in force.
   *
   * @throws GuardRailException if a guard rail refuses the plan; nothing was sent
   */
  public SyncReport apply(Plan plan) {
    return apply(plan, ApplyOptions.defaults());
  }

  /**
   * Applies exactly {@code plan}: the targets in parallel, each with its bounded concurrency (ORTEC
   * in batches of up to 1000), one outcome per change, the state updated after each success. A
   * failure of one change does not stop the others.
   *
   * @throws GuardRailException if a guard rail not lifted by {@code options} refuses the plan;
   *     nothing was sent
   */
  public SyncReport apply(Plan plan, ApplyOptions options) {
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(options, "options == null");
    if (plan.isFullPopulation()) {
      GuardRails.check(plan, options, maxDeactivationShare, maxPopulationShrink);
    }
    Map<Target, List<Step>> byTarget = new LinkedHashMap<>();
    for (Step s : plan.steps()) {
      byTarget.computeIfAbsent(s.target, t -> new ArrayList<>()).add(s);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, byTarget.size()), Workers.named("target"));
    List<Outcome> outcomes = new ArrayList<>(plan.steps().size());
    try {
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (Map.Entry<Target, List<Step>> e : byTarget.entrySet()) {
        Applier applier = new Applier(e.getKey(), store, clock, this::audit);
        futures.add(pool.submit(() -> applier.apply(e.getValue())));
      }
      for (Future<List<Outcome>> f : futures) {
        outcomes.addAll(Workers.join(f));
      }
    } finally {
      pool.shutdownNow();
    }
    if (plan.isFullPopulation()) {
      store.recordPopulation(plan.population());
    }
    return new SyncReport.Builder().outcomes(outcomes).build();
  }

  /** Plans and applies {@code employees} as the whole population; see {@link #apply(Plan)}. */
  public SyncReport sync(List<Employee> employees) {
    return apply(plan(employees));
  }

  /**
   * Provisions one employee on every target at once (wall time about the slowest target): a hire
   * creates, a change updates, a terminated status deactivates, a rehire reactivates. Other
   * employees are not touched, and the population guard rails do not apply to one person.
   *
   * @throws io.peoplesync.core.ApiException if a lookup fails; nothing was written
   */
  public SyncReport provision(Employee employee) {
    Objects.requireNonNull(employee, "employee == null");
    return apply(plan(List.of(employee), false));
  }

  /**
   * Plans the changes for {@code employees} only, without deactivating anyone absent from the list:
   * for a batch of HR events rather than a whole population.
   *
   * @throws IllegalArgumentException if two employees share an id
   */
  public Plan planChanges(List<Employee> employees) {
    return plan(employees, false);
  }

  private Plan plan(List<Employee> employees, boolean full) {
    Objects.requireNonNull(employees, "employees == null");
    Map<String, Employee> population = new LinkedHashMap<>();
    for (Employee e : employees) {
      if (population.put(e.id(), e) != null) {
        throw new IllegalArgumentException("employees: id " + e.id() + " appears twice");
      }
    }
    LocalDate today = LocalDate.now(clock);
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, targets.size()), Workers.named("plan"));
    List<Step> steps = new ArrayList<>();
    Map<String, Integer> known = new LinkedHashMap<>();
    try {
      List<Future<List<Step>>> futures = new ArrayList<>();
      List<int[]> counts = new ArrayList<>();
      for (Target t : targets) {
        int[] count = new int[1];
        counts.add(count);
        Planner planner = new Planner(t, store, today);
        futures.add(pool.submit(() -> planner.plan(employees, population, full, count)));
      }
      for (int i = 0; i < targets.size(); i++) {
        steps.addAll(Workers.join(futures.get(i)));
        known.put(targets.get(i).name(), counts.get(i)[0]);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Plan(steps, full, employees.size(), store.lastPopulation(), known);
  }

  private void audit(Outcome o) {
    if (listeners.isEmpty()) {
      return;
    }
    AuditEvent event = Audit.event(o, sensitive);
    for (AuditListener l : listeners) {
      try {
        l.onOutcome(event);
      } catch (RuntimeException ignored) {
        // An audit sink that fails must not stop the sync; the outcome is in the report anyway.
      }
    }
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    targets.forEach(t -> names.add(t.name()));
    return "Provisioner{targets=" + names + ", state=" + store + "}";
  }

  /** Configures a {@link Provisioner}; {@link #build()} checks the configuration. */
  public static final class Builder {
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private StateStore store;
    private double maxDeactivationShare = 0.10;
    private double maxPopulationShrink = 0.20;
    private final List<AuditListener> listeners = new ArrayList<>();
    private final Set<String> sensitive = new HashSet<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds a target; targets are planned and applied in parallel, listed in this order.
     *
     * @throws IllegalArgumentException if a target with the same name was added
     */
    public Builder target(Target target) {
      Objects.requireNonNull(target, "target == null");
      if (targets.putIfAbsent(target.name(), target) != null) {
        throw new IllegalArgumentException("target: " + target.name() + " added twice");
      }
      return this;
    }

    /** Sets where the last applied state is kept (required). */
    public Builder stateStore(StateStore store) {
      this.store = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /**
     * Sets the largest share (0 to 1) of a target's known users one run may deactivate or delete;
     * 0.10 unless set.
     *
     * @throws IllegalArgumentException if {@code share} is not between 0 and 1
     */
    public Builder maxDeactivationShare(double share) {
      this.maxDeactivationShare = share("maxDeactivationShare", share);
      return this;
    }

    /**
     * Sets the largest share (0 to 1) by which the population may shrink since the last full run;
     * 0.20 unless set.
     *
     * @throws IllegalArgumentException if {@code share} is not between 0 and 1
     */
    public Builder maxPopulationShrink(double share) {
      this.maxPopulationShrink = share("maxPopulationShrink", share);
      return this;
    }

    private static double share(String name, double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException(name + ": must be between 0 and 1");
      }
      return share;
    }

    /** Adds a listener that receives an {@link AuditEvent} per outcome. */
    public Builder auditListener(AuditListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Marks a neutral field name ({@code mobilePhone}, {@code personalEmail}, a custom one) as
     * sensitive: audit events show its values as {@code ****}.
     */
    public Builder sensitiveField(String name) {
      sensitive.add(Objects.requireNonNull(name, "name == null"));
      return this;
    }

    /** Sets the clock for archive times, end dates and the deletion policy (UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Builds the provisioner.
     *
     * @throws IllegalStateException if no target or no state store was set
     */
    public Provisioner build() {
      if (targets.isEmpty()) {
        throw new IllegalStateException("target: at least one is required");
      }
      if (store == null) {
        throw new IllegalStateException("stateStore: required");
      }
      return new Provisioner(this);
    }
  }
}
