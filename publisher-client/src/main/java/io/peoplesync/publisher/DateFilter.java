package io.peoplesync.publisher;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A created- or modified-date filter of the user listing: a preset period or a range of days.
 * Immutable.
 */
public final class DateFilter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final String value;

  private DateFilter(String value) {
    this.value = value;
  }

  /** Returns the filter for the last week. */
  public static DateFilter lastWeek() {
    return new DateFilter("lastweek");
  }

  /** Returns the filter for the last month. */
  public static DateFilter lastMonth() {
    return new DateFilter("lastmonth");
  }

  /** Returns the filter for the last year. */
  public static DateFilter lastYear() {
    return new DateFilter("lastyear");
  }

  /**
   * Returns the filter for the days from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateFilter between(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start");
    }
    return new DateFilter(start.format(DAY) + "," + end.format(DAY));
  }

  /** Returns the query value, for example {@code lastweek} or {@code 20240101,20240131}. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateFilter && ((DateFilter) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "DateFilter{" + value + "}";
  }
}
