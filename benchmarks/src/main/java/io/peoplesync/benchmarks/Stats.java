package io.peoplesync.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and spreads of per-round figures; NaN values (counters not offered) are skipped. */
public final class Stats {
  private Stats() {}

  /** Returns the median of the values that are numbers; NaN if there are none. */
  public static double median(List<Double> values) {
    double[] v = finite(values);
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }

  /** Returns the smallest value that is a number; NaN if there is none. */
  public static double min(List<Double> values) {
    return Arrays.stream(finite(values)).min().orElse(Double.NaN);
  }

  /** Returns the largest value that is a number; NaN if there is none. */
  public static double max(List<Double> values) {
    return Arrays.stream(finite(values)).max().orElse(Double.NaN);
  }

  /** Returns {@code median (min-max)} of {@code ratios}, two decimals, as the tables print it. */
  public static String spread(List<Double> ratios) {
    return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(ratios), min(ratios), max(ratios));
  }

  private static double[] finite(List<Double> values) {
    return values.stream()
        .mapToDouble(Double::doubleValue)
        .filter(d -> !Double.isNaN(d) && !Double.isInfinite(d))
        .toArray();
  }
}
