package io.peoplesync.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the CPU and allocation counters this JVM offers. */
public final class Meter {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.ThreadMXBean allocations;
  private final com.sun.management.OperatingSystemMXBean os;
  private final boolean threadCpu;

  /** Creates a meter, switching on thread CPU time and allocation counting where offered. */
  public Meter() {
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

  /** Returns whether every counter is available. */
  public boolean complete() {
    return threadCpu && allocations != null && os != null;
  }

  /** Returns the counters this JVM does not offer, comma-separated. */
  public String missing() {
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

  /** Returns the counters now. */
  public Snapshot snapshot() {
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
    long tasks = tasksCpu();
    long process = tasks >= 0 ? tasks : os != null ? os.getProcessCpuTime() : -1;
    return new Snapshot(System.nanoTime(), process, caller, allocated);
  }

  /**
   * Returns the CPU time of every thread of this process in nanoseconds, added up from Linux's
   * {@code /proc/self/task/*}{@code /schedstat} (GC and JIT threads included); -1 elsewhere. The
   * JDK's process CPU time counts in 10 ms steps on Linux, too coarse for a round of a few hundred
   * milliseconds; a thread that ended since the last reading is no longer counted.
   */
  private static long tasksCpu() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long sum = 0;
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
      for (Path task : dir) {
        try {
          String stat = Files.readString(task.resolve("schedstat"));
          int space = stat.indexOf(' ');
          sum += Long.parseLong(space < 0 ? stat.trim() : stat.substring(0, space));
        } catch (IOException | NumberFormatException e) {
          // The thread ended while being read: it no longer runs, so it adds nothing new.
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return sum;
  }

  /** The counters at one moment. */
  public static final class Snapshot {
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

    /** Returns wall nanoseconds since {@code before}. */
    public long wallSince(Snapshot before) {
      return nanos - before.nanos;
    }

    /** Returns the client JVM's CPU nanoseconds since {@code before}; -1 if not offered. */
    public long cpuSince(Snapshot before) {
      return processCpu < 0 || before.processCpu < 0 ? -1 : processCpu - before.processCpu;
    }

    /** Returns the calling thread's CPU nanoseconds since {@code before}; -1 if not offered. */
    public long callerCpuSince(Snapshot before) {
      return callerCpu < 0 || before.callerCpu < 0 ? -1 : callerCpu - before.callerCpu;
    }

    /**
     * Returns the bytes allocated since {@code before} by the threads alive now; -1 if not offered.
     * A thread that ended in between is not counted.
     */
    public long allocatedSince(Snapshot before) {
      if (allocated == null || before.allocated == null) {
        return -1;
      }
      long sum = 0;
      for (Map.Entry<Long, Long> e : allocated.entrySet()) {
        sum += e.getValue() - before.allocated.getOrDefault(e.getKey(), 0L);
      }
      return sum;
    }
  }
}
