package io.peoplesync.benchmarks.calls;

import java.util.Arrays;
import java.util.Optional;

/** The figures of one variant, per call; NaN where the JVM does not report a counter. */
public final class Row {
  private final String method;
  private final String variant;
  private final boolean handWritten;
  private final int calls;
  private final int errors;
  private final Throwable firstError;
  private final double wallMicros;
  private final double p50Micros;
  private final double p99Micros;
  private final double cpuMicros;
  private final double callerCpuMicros;
  private final double allocBytes;
  private final double wallRatio;
  private final double cpuRatio;
  private final double cpuRatioLow;
  private final double cpuRatioHigh;
  private final double allocRatio;

  Row(Variant v, Variant hand) {
    this.method = v.method;
    this.variant = v.name();
    this.handWritten = v.handWritten;
    this.calls = v.measured;
    this.errors = v.errors;
    this.firstError = v.firstError;
    this.wallMicros = v.wallMicros();
    long[] sorted = Arrays.copyOf(v.latencies, v.measured);
    Arrays.sort(sorted);
    this.p50Micros = percentile(sorted, 0.50);
    this.p99Micros = percentile(sorted, 0.99);
    this.cpuMicros = v.cpuMicros();
    this.callerCpuMicros = v.callerCpuMicros();
    this.allocBytes = v.allocBytes();
    this.wallRatio = v.wallMicros() / hand.wallMicros();
    this.cpuRatio = v.cpuMicros() / hand.cpuMicros();
    double low = Double.NaN;
    double high = Double.NaN;
    for (int i = 0; i < v.roundCpuMicros.size() && i < hand.roundCpuMicros.size(); i++) {
      double r = v.roundCpuMicros.get(i) / hand.roundCpuMicros.get(i);
      if (!Double.isNaN(r) && !Double.isInfinite(r)) {
        low = Double.isNaN(low) ? r : Math.min(low, r);
        high = Double.isNaN(high) ? r : Math.max(high, r);
      }
    }
    this.cpuRatioLow = low;
    this.cpuRatioHigh = high;
    this.allocRatio = v.allocBytes() / hand.allocBytes();
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000.0;
  }

  /** Returns {@code GET} or {@code POST}. */
  public String method() {
    return method;
  }

  /** Returns the variant, for example {@code sdk executeAsync.join}. */
  public String variant() {
    return variant;
  }

  /** Returns the method and the variant, as printed. */
  public String label() {
    return method + " " + variant;
  }

  /** Returns whether this is a hand-written baseline. */
  public boolean handWritten() {
    return handWritten;
  }

  /** Returns the measured calls made. */
  public int calls() {
    return calls;
  }

  /** Returns the calls that failed, warm-up included. */
  public int errors() {
    return errors;
  }

  /** Returns the first failure, if any. */
  public Optional<Throwable> firstError() {
    return Optional.ofNullable(firstError);
  }

  /** Returns the mean wall time per call in microseconds. */
  public double wallMicros() {
    return wallMicros;
  }

  /** Returns the median wall time per call in microseconds. */
  public double p50Micros() {
    return p50Micros;
  }

  /** Returns the 99th percentile wall time per call in microseconds. */
  public double p99Micros() {
    return p99Micros;
  }

  /** Returns the CPU time of the whole client JVM per call in microseconds. */
  public double cpuMicros() {
    return cpuMicros;
  }

  /** Returns the CPU time of the calling thread per call in microseconds. */
  public double callerCpuMicros() {
    return callerCpuMicros;
  }

  /** Returns the bytes allocated by all threads per call. */
  public double allocBytes() {
    return allocBytes;
  }

  /** Returns the wall time relative to the hand-written call of the same method and mode. */
  public double wallRatio() {
    return wallRatio;
  }

  /** Returns the JVM CPU relative to the hand-written call of the same method and mode. */
  public double cpuRatio() {
    return cpuRatio;
  }

  /** Returns the lowest CPU ratio of a single round: with the highest, the run's spread. */
  public double cpuRatioLow() {
    return cpuRatioLow;
  }

  /** Returns the highest CPU ratio of a single round. */
  public double cpuRatioHigh() {
    return cpuRatioHigh;
  }

  /** Returns the allocation relative to the hand-written call of the same method and mode. */
  public double allocRatio() {
    return allocRatio;
  }
}
