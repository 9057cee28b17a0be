package io.peoplesync.benchmarks.calls;

import io.peoplesync.benchmarks.Meter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One way of making the call, with its accumulated measurements. */
final class Variant {
  final String method;
  final boolean handWritten;
  final String mode;
  private final CallFn fn;
  long[] latencies = new long[0];
  int measured;
  int errors;
  Throwable firstError;
  private long wallNanos;
  private long cpuNanos = -1;
  final List<Double> roundCpuMicros = new ArrayList<>();
  private long callerCpuNanos = -1;
  private long allocated = -1;

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
    wallNanos += after.wallSince(before);
    long cpu = after.cpuSince(before);
    cpuNanos = cpu < 0 ? cpuNanos : Math.max(cpuNanos, 0) + cpu;
    roundCpuMicros.add(cpu < 0 || n == 0 ? Double.NaN : cpu / 1_000.0 / n);
    long caller = after.callerCpuSince(before);
    callerCpuNanos = caller < 0 ? callerCpuNanos : Math.max(callerCpuNanos, 0) + caller;
    long bytes = after.allocatedSince(before);
    allocated = bytes < 0 ? allocated : Math.max(allocated, 0) + bytes;
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
