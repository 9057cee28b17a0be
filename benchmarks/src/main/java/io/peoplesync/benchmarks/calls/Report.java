package io.peoplesync.benchmarks.calls;

import java.util.List;

/** What a run measured. */
public final class Report {
  private final List<Row> rows;
  private final String table;
  private final String verdict;

  Report(List<Row> rows, String table, String verdict) {
    this.rows = List.copyOf(rows);
    this.table = table;
    this.verdict = verdict;
  }

  /** Returns one row per variant, in table order. */
  public List<Row> rows() {
    return rows;
  }

  /** Returns the printed table. */
  public String table() {
    return table;
  }

  /** Returns the one-line verdict. */
  public String verdict() {
    return verdict;
  }
}
