package io.peoplesync.benchmarks.peer;

import io.peoplesync.benchmarks.Meter;
import io.peoplesync.benchmarks.Stats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures workloads side by side in interleaved rounds, the sides' order rotating from round to
 * round, and prints per side the medians of the per-call figures and of the per-round ratios to a
 * baseline side (see {@link PeerBenchmark} for what is counted and why).
 */
final class Rounds {
  private Rounds() {}

  /**
   * Warms up, measures and prints {@code workloads}, whose sides are named {@code sides}; ratios
   * are taken to side number {@code baseline}.
   */
  static List<PeerResult> measureAll(
      List<PeerWorkload> workloads,
      List<String> sides,
      int baseline,
      RunSettings settings,
      PrintStream out)
      throws Exception {
    Meter meter = new Meter();
    List<PeerResult> results = new ArrayList<>();
    int[] calls = new int[workloads.size()];
    for (int i = 0; i < workloads.size(); i++) {
      if (workloads.get(i).sides.size() != sides.size()) {
        throw new IllegalArgumentException(workloads.get(i).name + ": not one call per side");
      }
      results.add(new PeerResult(workloads.get(i).name, sides, baseline));
      calls[i] = workloads.get(i).warmupCalls;
    }
    int warmupRounds = 0;
    while (warmupRounds < settings.warmup
        || results.stream().anyMatch(r -> r.warmupMillis < settings.warmupSeconds * 1_000)) {
      runRound(workloads, results, calls, warmupRounds, true, settings.millis, meter);
      warmupRounds++;
    }
    for (int round = warmupRounds; round < warmupRounds + settings.rounds; round++) {
      runRound(workloads, results, calls, round, false, settings.millis, meter);
    }
    out.print(table(results, sides.get(baseline), meter));
    for (int i = 0; i < workloads.size(); i++) {
      out.printf(
          Locale.ROOT,
          "%s: %.1f s warm-up in %d rounds, then %d calls per side and round%n",
          workloads.get(i).name,
          results.get(i).warmupSeconds(),
          warmupRounds,
          calls[i]);
    }
    out.flush();
    return results;
  }

  /**
   * Runs one round of every workload, the sides' order rotated by {@code round}; a warm-up round
   * sets the workload's calls per round again, a measured one adds its figures.
   */
  private static void runRound(
      List<PeerWorkload> workloads,
      List<PeerResult> results,
      int[] calls,
      int round,
      boolean warmingUp,
      int millis,
      Meter meter)
      throws Exception {
    for (int i = 0; i < workloads.size(); i++) {
      PeerWorkload w = workloads.get(i);
      PeerResult r = results.get(i);
      int sides = w.sides.size();
      PeerResult.Side[] measured = new PeerResult.Side[sides];
      for (int k = 0; k < sides; k++) {
        int side = (round + k) % sides;
        measured[side] = measure(w.sides.get(side), calls[i], meter);
      }
      if (warmingUp) {
        double slowest = 0;
        for (PeerResult.Side s : measured) {
          slowest = Math.max(slowest, s.wallMicros);
          r.warmupMillis += s.wallMicros * calls[i] / 1_000.0;
        }
        calls[i] = (int) Math.max(1, Math.ceil(millis * 1_000.0 / slowest));
      } else {
        r.add(measured);
      }
    }
  }

  private static PeerResult.Side measure(PeerWorkload.Call call, int n, Meter meter)
      throws Exception {
    Meter.Snapshot before = meter.snapshot();
    for (int i = 0; i < n; i++) {
      call.run();
    }
    Meter.Snapshot after = meter.snapshot();
    return new PeerResult.Side(
        after.wallSince(before) / 1_000.0 / n,
        perCall(after.cpuSince(before), 1_000.0, n),
        perCall(after.callerCpuSince(before), 1_000.0, n),
        perCall(after.allocatedSince(before), 1.0, n));
  }

  private static double perCall(long total, double unit, int n) {
    return total < 0 ? Double.NaN : total / unit / n;
  }

  static String table(List<PeerResult> results, String baseline, Meter meter) {
    StringBuilder sb = new StringBuilder();
    int width = 9;
    for (PeerResult r : results) {
      for (String side : r.sides) {
        width = Math.max(width, side.length());
      }
    }
    String head = "%-20s %-" + width + "s %9s %-18s %9s %9s %-18s %9s %-18s%n";
    String row = "%-20s %-" + width + "s %9.1f %-18s %9.1f %9.1f %-18s %9.1f %-18s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            head,
            "workload",
            "side",
            "CPU us",
            "CPU x (min-max)",
            "caller us",
            "KB",
            "alloc x (min-max)",
            "wall us",
            "wall x (min-max)"));
    for (PeerResult r : results) {
      for (int side = 0; side < r.sides.size(); side++) {
        boolean base = side == r.baseline;
        sb.append(
            String.format(
                Locale.ROOT,
                row,
                side == 0 ? r.name : "",
                r.sides.get(side),
                Stats.median(r.cpu.get(side)),
                base ? "1" : Stats.spread(r.cpuRatios.get(side)),
                Stats.median(r.callerCpu.get(side)),
                Stats.median(r.alloc.get(side)) / 1024,
                base ? "1" : Stats.spread(r.allocRatios.get(side)),
                Stats.median(r.wall.get(side)),
                base ? "1" : Stats.spread(r.wallRatios.get(side))));
      }
    }
    sb.append(
            "(per call, medians over rounds; CPU = whole client JVM, caller = the calling thread's"
                + " share of it, KB = allocated by all its threads; x = median of per-round ratios"
                + " to ")
        .append(baseline)
        .append(", min-max over rounds)\n");
    if (!meter.complete()) {
      sb.append("(n/a: this JVM does not report ").append(meter.missing()).append(")\n");
    }
    return sb.toString();
  }
}
