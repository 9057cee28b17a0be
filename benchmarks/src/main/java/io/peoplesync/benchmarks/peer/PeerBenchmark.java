package io.peoplesync.benchmarks.peer;

import io.peoplesync.benchmarks.Meter;
import io.peoplesync.benchmarks.ServerProcess;
import io.peoplesync.benchmarks.Stats;
import io.peoplesync.benchmarks.vendors.VendorServer;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 12's reference peer: each vendor call measured three ways in this JVM — through the SDK's
 * client, hand-written ({@link io.peoplesync.benchmarks.handwritten.HandWrittenVendors}, JDK {@code
 * HttpClient} + Jackson) and with Retrofit 2 + OkHttp 4 ({@link RetrofitVendors}) — with {@link
 * VendorServer} in a separate JVM so the counters see only the client.
 *
 * <p>Every round runs each workload's three sides one after the other, the order rotating from
 * round to round (SDK first, then hand-written first, then Retrofit first), so drift and the load
 * of the machine fall on every side alike. Per round and side it reads the client JVM's process CPU
 * time (and the calling thread's share of it: OkHttp does its I/O on the caller, the JDK client
 * hands work to its selector and executor threads), the bytes allocated by all its threads and the
 * wall time ({@link Meter}). Printed are, per side, the medians over measured rounds of the
 * per-call figures and of the per-round ratios to the hand-written side, with the ratios' spread
 * (min–max over rounds).
 *
 * <p>Warm-up: unmeasured rounds, at least {@code warmup} of them and until every workload has run
 * (all sides together) for at least {@code warmupSeconds}; after each one the calls per round are
 * set again so that the slowest side of a workload takes about {@code millis} of wall time. The
 * default of 10 s per workload is long enough for the JIT to have compiled all three paths (the
 * per-call figures stop falling after a few seconds); the warm-up time actually spent is printed.
 *
 * <p>Arguments, all optional: {@code rounds=10 warmup=3 warmupSeconds=10 millis=500 only=}; {@code
 * only=Springest} keeps the workloads whose name starts so. {@code rounds=1 warmup=1
 * warmupSeconds=0 millis=5} is the smoke run.
 */
public final class PeerBenchmark {
  /** The sides, in the order of {@link PeerWorkload#sides}. */
  static final List<String> SIDES = List.of("SDK", "hand", "Retrofit");

  private static final int HAND = 1;

  private PeerBenchmark() {}

  /** Runs the benchmark; see the class documentation. */
  public static void main(String[] args) throws Exception {
    int rounds = 10;
    int warmup = 3;
    double warmupSeconds = 10;
    int millis = 500;
    String only = "";
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^-+", "").split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("bad argument: " + arg);
      }
      switch (kv[0]) {
        case "rounds":
          rounds = Integer.parseInt(kv[1]);
          break;
        case "warmup":
          warmup = Integer.parseInt(kv[1]);
          break;
        case "warmupSeconds":
          warmupSeconds = Double.parseDouble(kv[1]);
          break;
        case "millis":
          millis = Integer.parseInt(kv[1]);
          break;
        case "only":
          only = kv[1];
          break;
        default:
          throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    run(rounds, warmup, warmupSeconds, millis, only, System.out);
  }

  /**
   * Runs the workloads whose name starts with {@code only} against a fresh server process, prints
   * the table and returns its rows.
   *
   * @throws IllegalArgumentException if {@code rounds}, {@code warmup} or {@code millis} is below
   *     1, {@code warmupSeconds} is negative, or no workload's name starts with {@code only}
   * @throws Exception if the server cannot be started or a call fails or returns a wrong result
   */
  public static List<Result> run(
      int rounds, int warmup, double warmupSeconds, int millis, String only, PrintStream out)
      throws Exception {
    if (rounds < 1 || warmup < 1 || millis < 1 || !(warmupSeconds >= 0)) {
      throw new IllegalArgumentException(
          "need rounds >= 1, warmup >= 1, millis >= 1 and warmupSeconds >= 0");
    }
    if (PeerWorkloads.NAMES.stream().noneMatch(n -> n.startsWith(only))) {
      throw new IllegalArgumentException("no workload's name starts with " + only);
    }
    try (ServerProcess server = ServerProcess.start(VendorServer.class, "1000000")) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      out.printf(
          Locale.ROOT,
          "peoplesync SDK vs hand-written vs Retrofit: JDK %s, %d CPUs, server pid %d;"
              + " >= %d warm-up rounds and >= %.0f s per workload, then %d measured rounds"
              + " of about %d ms per side%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          server.pid(),
          warmup,
          warmupSeconds,
          rounds,
          millis);
      out.flush();
      List<PeerWorkload> workloads = new ArrayList<>(PeerWorkloads.all(base));
      workloads.removeIf(w -> !w.name.startsWith(only));
      return measureAll(workloads, rounds, warmup, warmupSeconds, millis, out);
    }
  }

  static List<Result> measureAll(
      List<PeerWorkload> workloads,
      int rounds,
      int warmup,
      double warmupSeconds,
      int millis,
      PrintStream out)
      throws Exception {
    Meter meter = new Meter();
    List<Result> results = new ArrayList<>();
    int[] calls = new int[workloads.size()];
    for (int i = 0; i < workloads.size(); i++) {
      results.add(new Result(workloads.get(i).name));
      calls[i] = workloads.get(i).warmupCalls;
    }
    int warmupRounds = 0;
    while (warmupRounds < warmup
        || results.stream().anyMatch(r -> r.warmupMillis < warmupSeconds * 1_000)) {
      runRound(workloads, results, calls, warmupRounds, true, millis, meter);
      warmupRounds++;
    }
    for (int round = warmupRounds; round < warmupRounds + rounds; round++) {
      runRound(workloads, results, calls, round, false, millis, meter);
    }
    out.print(table(results, meter));
    for (int i = 0; i < workloads.size(); i++) {
      out.printf(
          Locale.ROOT,
          "%s: %.1f s warm-up in %d rounds, then %d calls per side and round%n",
          workloads.get(i).name,
          results.get(i).warmupMillis / 1_000.0,
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
      List<Result> results,
      int[] calls,
      int round,
      boolean warmingUp,
      int millis,
      Meter meter)
      throws Exception {
    int sides = SIDES.size();
    for (int i = 0; i < workloads.size(); i++) {
      PeerWorkload w = workloads.get(i);
      Result r = results.get(i);
      Side[] measured = new Side[sides];
      for (int k = 0; k < sides; k++) {
        int side = (round + k) % sides;
        measured[side] = measure(w.sides[side], calls[i], meter);
      }
      if (warmingUp) {
        double slowest = 0;
        for (Side s : measured) {
          slowest = Math.max(slowest, s.wallMicros);
          r.warmupMillis += s.wallMicros * calls[i] / 1_000.0;
        }
        calls[i] = (int) Math.max(1, Math.ceil(millis * 1_000.0 / slowest));
      } else {
        r.add(measured);
      }
    }
  }

  private static Side measure(PeerWorkload.Call call, int n, Meter meter) throws Exception {
    Meter.Snapshot before = meter.snapshot();
    for (int i = 0; i < n; i++) {
      call.run();
    }
    Meter.Snapshot after = meter.snapshot();
    return new Side(
        after.wallSince(before) / 1_000.0 / n,
        perCall(after.cpuSince(before), 1_000.0, n),
        perCall(after.callerCpuSince(before), 1_000.0, n),
        perCall(after.allocatedSince(before), 1.0, n));
  }

  private static double perCall(long total, double unit, int n) {
    return total < 0 ? Double.NaN : total / unit / n;
  }

  static String table(List<Result> results, Meter meter) {
    StringBuilder sb = new StringBuilder();
    String row = "%-20s %-9s %9s %-18s %9s %9s %-18s %9s %-18s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            row,
            "workload",
            "side",
            "CPU us",
            "CPU x (min-max)",
            "caller us",
            "KB",
            "alloc x (min-max)",
            "wall us",
            "wall x (min-max)"));
    for (Result r : results) {
      for (int side = 0; side < SIDES.size(); side++) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-20s %-9s %9.1f %-18s %9.1f %9.1f %-18s %9.1f %-18s%n",
                side == 0 ? r.name : "",
                SIDES.get(side),
                Stats.median(r.cpu.get(side)),
                side == HAND ? "1" : spread(r.cpuRatios.get(side)),
                Stats.median(r.callerCpu.get(side)),
                Stats.median(r.alloc.get(side)) / 1024,
                side == HAND ? "1" : spread(r.allocRatios.get(side)),
                Stats.median(r.wall.get(side)),
                side == HAND ? "1" : spread(r.wallRatios.get(side))));
      }
    }
    sb.append(
        "(per call, medians over rounds; CPU = whole client JVM, caller = the calling thread's"
            + " share of it, KB = allocated by all its threads; x = median of per-round ratios to"
            + " hand-written, min-max over rounds)\n");
    if (!meter.complete()) {
      sb.append("(n/a: this JVM does not report ").append(meter.missing()).append(")\n");
    }
    return sb.toString();
  }

  private static String spread(List<Double> ratios) {
    return String.format(
        Locale.ROOT,
        "%.2f (%.2f-%.2f)",
        Stats.median(ratios),
        Stats.min(ratios),
        Stats.max(ratios));
  }

  /** One side's per-call figures in one round. */
  private static final class Side {
    final double wallMicros;
    final double cpuMicros;
    final double callerCpuMicros;
    final double allocBytes;

    Side(double wallMicros, double cpuMicros, double callerCpuMicros, double allocBytes) {
      this.wallMicros = wallMicros;
      this.cpuMicros = cpuMicros;
      this.callerCpuMicros = callerCpuMicros;
      this.allocBytes = allocBytes;
    }
  }

  /** What one workload measured, round by round, per side. */
  public static final class Result {
    final String name;
    final List<List<Double>> cpu = perSide();
    final List<List<Double>> callerCpu = perSide();
    final List<List<Double>> alloc = perSide();
    final List<List<Double>> wall = perSide();
    final List<List<Double>> cpuRatios = perSide();
    final List<List<Double>> allocRatios = perSide();
    final List<List<Double>> wallRatios = perSide();
    double warmupMillis;

    Result(String name) {
      this.name = name;
    }

    private static List<List<Double>> perSide() {
      List<List<Double>> lists = new ArrayList<>();
      for (int i = 0; i < SIDES.size(); i++) {
        lists.add(new ArrayList<>());
      }
      return lists;
    }

    void add(Side[] sides) {
      Side hand = sides[HAND];
      for (int i = 0; i < sides.length; i++) {
        cpu.get(i).add(sides[i].cpuMicros);
        callerCpu.get(i).add(sides[i].callerCpuMicros);
        alloc.get(i).add(sides[i].allocBytes);
        wall.get(i).add(sides[i].wallMicros);
        cpuRatios.get(i).add(sides[i].cpuMicros / hand.cpuMicros);
        allocRatios.get(i).add(sides[i].allocBytes / hand.allocBytes);
        wallRatios.get(i).add(sides[i].wallMicros / hand.wallMicros);
      }
    }

    /** Returns the workload's name, as printed. */
    public String name() {
      return name;
    }

    /** Returns the rounds measured. */
    public int rounds() {
      return wall.get(HAND).size();
    }

    /** Returns the wall time spent warming this workload up, in seconds, all sides together. */
    public double warmupSeconds() {
      return warmupMillis / 1_000.0;
    }

    /**
     * Returns the median of the per-round CPU ratios of {@code side} ({@code "SDK"}, {@code "hand"}
     * or {@code "Retrofit"}) to the hand-written side.
     *
     * @throws IllegalArgumentException if {@code side} is not one of those
     */
    public double cpuRatio(String side) {
      return Stats.median(cpuRatios.get(index(side)));
    }

    /**
     * Returns the median of the per-round allocation ratios of {@code side} to the hand-written
     * side.
     *
     * @throws IllegalArgumentException if {@code side} is not one of {@code SDK}, {@code hand},
     *     {@code Retrofit}
     */
    public double allocRatio(String side) {
      return Stats.median(allocRatios.get(index(side)));
    }

    /**
     * Returns the median of the per-round wall-time ratios of {@code side} to the hand-written
     * side.
     *
     * @throws IllegalArgumentException if {@code side} is not one of {@code SDK}, {@code hand},
     *     {@code Retrofit}
     */
    public double wallRatio(String side) {
      return Stats.median(wallRatios.get(index(side)));
    }

    /**
     * Returns the median per-call CPU microseconds of {@code side} (NaN if not offered).
     *
     * @throws IllegalArgumentException if {@code side} is not one of {@code SDK}, {@code hand},
     *     {@code Retrofit}
     */
    public double cpuMicros(String side) {
      return Stats.median(cpu.get(index(side)));
    }

    private static int index(String side) {
      int i = SIDES.indexOf(side);
      if (i < 0) {
        throw new IllegalArgumentException("side must be one of " + SIDES + ": " + side);
      }
      return i;
    }
  }
}
