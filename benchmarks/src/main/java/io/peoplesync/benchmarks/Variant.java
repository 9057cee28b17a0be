package io.peoplesync.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One way of making the call, with its accumulated measurements. */
final class Variant {
  final String method;
  final boolean handWritten;
  final String mode;
  final CallFn fn;
  long[] latencies = new long[0];
  int measured;
  int errors;
  Throwable firstError;
  long wallNanos;
  long cpuNanos = -1;
  final List<Double> roundCpuMicros = new ArrayList<>();
  long callerCpuNanos = -1;
  long allocated = -1;

  Variant(String method, String impl, String mode, CallFn fn) {
    this.method = method;
    this.handWritten = impl.equals("hand");
    this.mode = mode;
    this.fn = fn;
  }

  String name() {
    if (handWritten) {
      return mode.equals("send") ? "hand send" : "hand sendAsync.join";
    }
    return mode.equals("send") ? "sdk execute" : "sdk executeAsync.join";
  }

  void invoke(int i) {
    try {
      fn.call(i);
    } catch (Exception | Error e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      errors++;
      if (firstError == null) {
        firstError = e;
      }
    }
  }

  void measure(int n, Meter meter) {
    if (latencies.length < measured + n) {
      latencies = Arrays.copyOf(latencies, measured + n);
    }
    Meter.Snapshot before = meter.snapshot();
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      invoke(measured);
      latencies[measured++] = System.nanoTime() - start;
    }
    Meter.Snapshot after = meter.snapshot();
    wallNanos += after.nanos - before.nanos;
    cpuNanos = add(cpuNanos, before.processCpu, after.processCpu);
    roundCpuMicros.add(
        before.processCpu < 0 || after.processCpu < 0 || n == 0
            ? Double.NaN
            : (after.processCpu - before.processCpu) / 1_000.0 / n);
    callerCpuNanos = add(callerCpuNanos, before.callerCpu, after.callerCpu);
    allocated = addAlloc(allocated, before.allocated, after.allocated);
  }

  private static long add(long total, long before, long after) {
    if (before < 0 || after < 0) {
      return total;
    }
    return Math.max(total, 0) + (after - before);
  }

  private static long addAlloc(long total, Map<Long, Long> before, Map<Long, Long> after) {
    if (before == null || after == null) {
      return total;
    }
    long sum = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return Math.max(total, 0) + sum;
  }

  double wallMicros() {
    return measured == 0 ? Double.NaN : wallNanos / 1_000.0 / measured;
  }

  double cpuMicros() {
    return cpuNanos < 0 || measured == 0 ? Double.NaN : cpuNanos / 1_000.0 / measured;
  }

  double callerCpuMicros() {
    return callerCpuNanos < 0 || measured == 0 ? Double.NaN : callerCpuNanos / 1_000.0 / measured;
  }

  double allocBytes() {
    return allocated < 0 || measured == 0 ? Double.NaN : (double) allocated / measured;
  }

  Row row(Variant hand) {
    return new Row(this, hand);
  }
}
