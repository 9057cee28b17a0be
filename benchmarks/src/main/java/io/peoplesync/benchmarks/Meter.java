package io.peoplesync.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the CPU and allocation counters this JVM offers. */
final class Meter {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.ThreadMXBean allocations;
  private final com.sun.management.OperatingSystemMXBean os;
  private final boolean threadCpu;

  Meter() {
    threadCpu = threads.isCurrentThreadCpuTimeSupported();
    if (threadCpu && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    com.sun.management.ThreadMXBean alloc = null;
    if (threads instanceof com.sun.management.ThreadMXBean) {
      alloc = (com.sun.management.ThreadMXBean) threads;
      if (alloc.isThreadAllocatedMemorySupported()) {
        alloc.setThreadAllocatedMemoryEnabled(true);
      } else {
        alloc = null;
      }
    }
    allocations = alloc;
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    com.sun.management.OperatingSystemMXBean sunOs =
        system instanceof com.sun.management.OperatingSystemMXBean
            ? (com.sun.management.OperatingSystemMXBean) system
            : null;
    os = sunOs != null && sunOs.getProcessCpuTime() >= 0 ? sunOs : null;
  }

  boolean complete() {
    return threadCpu && allocations != null && os != null;
  }

  String missing() {
    List<String> m = new ArrayList<>();
    if (os == null) {
      m.add("process CPU time");
    }
    if (!threadCpu) {
      m.add("thread CPU time");
    }
    if (allocations == null) {
      m.add("allocated bytes");
    }
    return String.join(", ", m);
  }

  Snapshot snapshot() {
    Map<Long, Long> allocated = null;
    if (allocations != null) {
      long[] ids = threads.getAllThreadIds();
      long[] bytes = allocations.getThreadAllocatedBytes(ids);
      allocated = new HashMap<>(ids.length * 2);
      for (int i = 0; i < ids.length; i++) {
        if (bytes[i] >= 0) {
          allocated.put(ids[i], bytes[i]);
        }
      }
    }
    long caller = threadCpu ? threads.getCurrentThreadCpuTime() : -1;
    long process = os != null ? os.getProcessCpuTime() : -1;
    return new Snapshot(System.nanoTime(), process, caller, allocated);
  }

  /** The counters at one moment. */
  static final class Snapshot {
    final long nanos;
    final long processCpu;
    final long callerCpu;
    final Map<Long, Long> allocated;

    Snapshot(long nanos, long processCpu, long callerCpu, Map<Long, Long> allocated) {
      this.nanos = nanos;
      this.processCpu = processCpu;
      this.callerCpu = callerCpu;
      this.allocated = allocated;
    }
  }
}
