package io.peoplesync.cli.output;

import io.peoplesync.provisioning.ChangeKind;
import io.peoplesync.provisioning.SyncReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an apply did, per target: how many users were created, updated, left unchanged, deactivated,
 * deleted, and how many changes failed. The table and the JSON report are both drawn from this one
 * count, so they cannot disagree.
 */
public final class Summary {
  /** The columns, in table and report order. */
  public static final List<String> COLUMNS =
      List.of("created", "updated", "unchanged", "deactivated", "deleted", "failed");

  private final Map<String, Map<String, Long>> targets;

  private Summary(Map<String, Map<String, Long>> targets) {
    this.targets = targets;
  }

  /**
   * Counts {@code report}'s outcomes per target; every name in {@code targets} gets a row (in that
   * order), even one with nothing to do. Column order follows {@link ChangeKind}, then failed.
   */
  public static Summary of(List<String> targets, SyncReport report) {
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (String t : targets) {
      Map<String, Long> row = new LinkedHashMap<>();
      for (ChangeKind k : ChangeKind.values()) {
        row.put(column(k), report.succeeded(t, k));
      }
      row.put("failed", report.failed(t));
      rows.put(t, Collections.unmodifiableMap(row));
    }
    return new Summary(Collections.unmodifiableMap(rows));
  }

  private static String column(ChangeKind kind) {
    switch (kind) {
      case CREATE:
        return "created";
      case UPDATE:
        return "updated";
      case UNCHANGED:
        return "unchanged";
      case DEACTIVATE:
        return "deactivated";
      default:
        return "deleted";
    }
  }

  /** Returns the counts: target → column → count, in table order. */
  public Map<String, Map<String, Long>> targets() {
    return targets;
  }

  /** Returns the sum of {@code column} over every target. */
  public long total(String column) {
    return targets.values().stream().mapToLong(r -> r.getOrDefault(column, 0L)).sum();
  }

  /** Returns the table: one row per target, then a total row when there are several. */
  public String table() {
    List<String> header = new ArrayList<>();
    header.add("target");
    header.addAll(COLUMNS);
    List<List<String>> rows = new ArrayList<>();
    targets.forEach((t, counts) -> rows.add(row(t, counts)));
    if (targets.size() > 1) {
      Map<String, Long> totals = new LinkedHashMap<>();
      COLUMNS.forEach(c -> totals.put(c, total(c)));
      rows.add(row("total", totals));
    }
    return TextTable.render(header, rows);
  }

  private static List<String> row(String name, Map<String, Long> counts) {
    List<String> row = new ArrayList<>();
    row.add(name);
    COLUMNS.forEach(c -> row.add(Long.toString(counts.get(c))));
    return row;
  }
}
