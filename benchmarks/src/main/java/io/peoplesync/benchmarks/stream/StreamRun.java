package io.peoplesync.benchmarks.stream;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.vendors.VendorBenchmark;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.PepperUser;
import io.peoplesync.pepper.UserQuery;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One streaming run in this JVM (meant to be started with {@code -Xmx64m}): every Pepper user of
 * the server, page by page, through the SDK ({@code users().list(...)} iterated) or through the
 * hand-written pager. Prints one line: users seen, wall and process CPU milliseconds, the peak heap
 * in use (the heap pools' peaks added up) and the largest heap left after a collection (the live
 * set).
 *
 * <p>Usage: {@code StreamRun sdk|hand PORT [limit]}.
 */
public final class StreamRun {
  private StreamRun() {}

  /** Runs once; see the class documentation. */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    URI base = URI.create("http://127.0.0.1:" + Integer.parseInt(args[1]));
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    AtomicLong liveAfterGc = watchCollections();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    long[] checksum = new long[1];
    long users;
    if (mode.equals("sdk")) {
      PepperClient pepper = VendorBenchmark.pepperClient(base);
      users = 0;
      for (PepperUser user : pepper.users().list(UserQuery.builder().limit(limit).build())) {
        checksum[0] += user.id().length() + user.credentials().size();
        users++;
      }
    } else if (mode.equals("hand")) {
      users =
          new HandWrittenVendors(base)
              .pepperAll(limit, u -> checksum[0] += u.id.length() + u.credentials.size());
    } else {
      throw new IllegalArgumentException("mode must be sdk or hand: " + mode);
    }
    long wall = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "result mode=%s users=%d wallMs=%d cpuMs=%d peakHeapKB=%d liveAfterGcKB=%d check=%d%n",
        mode,
        users,
        wall / 1_000_000,
        cpu / 1_000_000,
        peak / 1024,
        liveAfterGc.get() / 1024,
        checksum[0]);
  }

  /** Returns the largest heap in use right after any collection, kept up to date. */
  private static AtomicLong watchCollections() {
    AtomicLong max = new AtomicLong();
    Set<String> heap = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter)) {
        continue;
      }
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heap.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                  }
                }
                max.accumulateAndGet(used, Math::max);
              },
              null,
              null);
    }
    return max;
  }
}
