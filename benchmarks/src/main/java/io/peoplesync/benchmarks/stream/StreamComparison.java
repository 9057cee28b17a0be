package io.peoplesync.benchmarks.stream;

import io.peoplesync.benchmarks.Jvm;
import io.peoplesync.benchmarks.ServerProcess;
import io.peoplesync.benchmarks.Stats;
import io.peoplesync.benchmarks.vendors.VendorServer;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams every user of a Pepper tenant through the SDK and through the hand-written pager, each
 * run in a fresh JVM with {@code -Xmx64m}, alternating which goes first, against one {@link
 * VendorServer} in its own JVM; prints each run and the medians of the per-pair ratios of wall
 * time, CPU, peak heap and live heap.
 *
 * <p>Arguments, all optional: {@code users=1000000 pairs=3 heap=64m}; {@code users=20000 pairs=1}
 * is the smoke run.
 */
public final class StreamComparison {
  private StreamComparison() {}

  /** Runs the comparison; see the class documentation. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>(Map.of("users", "1000000", "pairs", "3", "heap", "64m"));
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^-+", "").split("=", 2);
      if (kv.length != 2 || !a.containsKey(kv[0])) {
        throw new IllegalArgumentException("bad argument: " + arg);
      }
      a.put(kv[0], kv[1].replace("_", ""));
    }
    run(
        Long.parseLong(a.get("users")),
        Integer.parseInt(a.get("pairs")),
        a.get("heap"),
        System.out);
  }

  /** Runs {@code pairs} SDK/hand pairs over {@code users} users; returns the median ratios. */
  public static Map<String, Double> run(long users, int pairs, String heap, PrintStream out)
      throws IOException, InterruptedException {
    Map<String, List<Double>> ratios = new HashMap<>();
    try (ServerProcess server = ServerProcess.start(VendorServer.class, Long.toString(users))) {
      String port = Integer.toString(server.port());
      out.printf(
          Locale.ROOT,
          "peoplesync Pepper streaming: %d users, -Xmx%s, JDK %s, %d CPUs%n",
          users,
          heap,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      for (int pair = 0; pair < pairs; pair++) {
        Map<String, Map<String, Long>> results = new HashMap<>();
        for (String mode : pair % 2 == 0 ? List.of("sdk", "hand") : List.of("hand", "sdk")) {
          List<String> lines = Jvm.run(StreamRun.class, List.of("-Xmx" + heap), mode, port);
          String line =
              lines.stream()
                  .filter(l -> l.startsWith("result "))
                  .findFirst()
                  .orElseThrow(() -> new IOException("no result from " + mode + ": " + lines));
          out.println(line);
          out.flush();
          Map<String, Long> figures = parse(line);
          if (figures.get("users") != users) {
            throw new IOException(mode + " saw " + figures.get("users") + " users, not " + users);
          }
          results.put(mode, figures);
        }
        for (String figure : List.of("wallMs", "cpuMs", "peakHeapKB", "liveAfterGcKB")) {
          ratios
              .computeIfAbsent(figure, f -> new ArrayList<>())
              .add(
                  results.get("sdk").get(figure)
                      / (double) Math.max(1, results.get("hand").get(figure)));
        }
      }
    }
    Map<String, Double> medians = new HashMap<>();
    StringBuilder sb = new StringBuilder("SDK/hand medians (min-max):");
    for (String figure : List.of("wallMs", "cpuMs", "peakHeapKB", "liveAfterGcKB")) {
      List<Double> r = ratios.get(figure);
      medians.put(figure, Stats.median(r));
      sb.append(
          String.format(
              Locale.ROOT,
              " %s %.2f (%.2f-%.2f)",
              figure,
              Stats.median(r),
              Stats.min(r),
              Stats.max(r)));
    }
    out.println(sb);
    return medians;
  }

  private static Map<String, Long> parse(String line) {
    Map<String, Long> figures = new HashMap<>();
    for (String part : line.split(" ")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && kv[1].matches("-?\\d+")) {
        figures.put(kv[0], Long.parseLong(kv[1]));
      }
    }
    return figures;
  }
}
