package io.peoplesync.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What {@link Provisioner#apply} would do, per target per employee: an immutable value made by
 * {@link Provisioner#plan} or for one employee by {@link Provisioner#provision}. Making it sent no
 * write request. Print it with {@link #toTable()}, serialise it with {@link #toJson()}.
 */
public final class Plan {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Change> changes;
  private final List<Step> steps;
  private final boolean full;
  private final int population;
  private final OptionalInt lastPopulation;
  private final Map<String, Integer> known;
  private final Map<String, Map<ChangeKind, Integer>> counts = new LinkedHashMap<>();

  Plan(
      List<Step> steps,
      boolean full,
      int population,
      OptionalInt lastPopulation,
      Map<String, Integer> known) {
    this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
    List<Change> c = new ArrayList<>(steps.size());
    steps.forEach(s -> c.add(s.change));
    this.changes = Collections.unmodifiableList(c);
    this.full = full;
    this.population = population;
    this.lastPopulation = lastPopulation;
    this.known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
    for (Change change : changes) {
      counts
          .computeIfAbsent(change.target(), t -> new EnumMap<>(ChangeKind.class))
          .merge(change.kind(), 1, Integer::sum);
    }
  }

  /** Returns every change, grouped by target in the provisioner's order. */
  public List<Change> changes() {
    return changes;
  }

  /** Returns how many changes are of {@code kind}, over all targets. */
  public long count(ChangeKind kind) {
    return counts.values().stream().mapToLong(m -> m.getOrDefault(kind, 0)).sum();
  }

  /** Returns how many changes of {@code target} are of {@code kind}. */
  public long count(String target, ChangeKind kind) {
    return counts.getOrDefault(target, Map.of()).getOrDefault(kind, 0);
  }

  /** Returns the targets' names, in the provisioner's order. */
  public List<String> targets() {
    return new ArrayList<>(known.keySet());
  }

  /** Returns whether applying the plan would send any write request. */
  public boolean hasWrites() {
    return changes.stream().anyMatch(c -> c.kind() != ChangeKind.UNCHANGED);
  }

  /**
   * Returns how many active users the plan found known per target (in the state or matched): the
   * base of the deactivation guard rail.
   */
  public Map<String, Integer> knownUsers() {
    return known;
  }

  /** Returns whether the plan covers the whole population (absent employees are deactivated). */
  public boolean isFullPopulation() {
    return full;
  }

  /** Returns the number of employees the plan was made for. */
  public int population() {
    return population;
  }

  /** Returns the population of the last full run, if one was recorded. */
  public OptionalInt lastPopulation() {
    return lastPopulation;
  }

  List<Step> steps() {
    return steps;
  }

  /**
   * Returns the plan as a readable table: a count per target and kind, then one line per field of
   * every change that is not UNCHANGED.
   */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-10s %7s %7s %9s %10s %7s%n",
            "target", "create", "update", "unchanged", "deactivate", "delete"));
    for (String t : known.keySet()) {
      out.append(
          String.format(
              "%-10s %7d %7d %9d %10d %7d%n",
              t,
              count(t, ChangeKind.CREATE),
              count(t, ChangeKind.UPDATE),
              count(t, ChangeKind.UNCHANGED),
              count(t, ChangeKind.DEACTIVATE),
              count(t, ChangeKind.DELETE)));
    }
    boolean header = false;
    for (Change c : changes) {
      if (c.kind() == ChangeKind.UNCHANGED) {
        continue;
      }
      if (!header) {
        out.append(
            String.format(
                "%n%-10s %-14s %-10s %s%n",
                "target", "employee", "change", "field: before -> after"));
        header = true;
      }
      String lead = String.format("%-10s %-14s %-10s ", c.target(), c.employeeId(), c.kind());
      if (c.fields().isEmpty()) {
        out.append(lead.stripTrailing()).append(System.lineSeparator());
      }
      for (Map.Entry<String, FieldChange> f : c.fields().entrySet()) {
        out.append(lead)
            .append(f.getKey())
            .append(": ")
            .append(f.getValue().before().orElse("(none)"))
            .append(" -> ")
            .append(f.getValue().after().orElse("(none)"))
            .append(System.lineSeparator());
        lead = String.format("%-37s", "");
      }
    }
    return out.toString();
  }

  /**
   * Returns the plan as JSON: {@code {"fullPopulation", "population", "summary": {target: {kind:
   * n}}, "changes": [{"target", "employeeId", "kind", "fields": {name: {"before", "after"}}}]}}; an
   * absent value is JSON null.
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("fullPopulation", full);
    root.put("population", population);
    ObjectNode summary = root.putObject("summary");
    for (String t : known.keySet()) {
      Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
      for (ChangeKind k : ChangeKind.values()) {
        counts.put(k, count(t, k));
      }
      ObjectNode n = summary.putObject(t);
      counts.forEach((k, v) -> n.put(k.name(), v));
    }
    ArrayNode list = root.putArray("changes");
    for (Change c : changes) {
      ObjectNode n = list.addObject();
      n.put("target", c.target());
      n.put("employeeId", c.employeeId());
      n.put("kind", c.kind().name());
      ObjectNode fields = n.putObject("fields");
      c.fields()
          .forEach(
              (name, f) -> {
                ObjectNode fn = fields.putObject(name);
                fn.put("before", f.before().orElse(null));
                fn.put("after", f.after().orElse(null));
              });
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plan: not serialisable", e);
    }
  }

  /** Returns the count table (the first part of {@link #toTable()}). */
  @Override
  public String toString() {
    String table = toTable();
    int end = table.indexOf(System.lineSeparator() + System.lineSeparator());
    return end < 0 ? table : table.substring(0, end + 1);
  }
}
