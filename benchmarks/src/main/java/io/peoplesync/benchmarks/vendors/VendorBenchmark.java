package io.peoplesync.benchmarks.vendors;

import io.peoplesync.benchmarks.Meter;
import io.peoplesync.benchmarks.ServerProcess;
import io.peoplesync.benchmarks.Stats;
import io.peoplesync.pepper.PepperClient;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures each vendor client through its public API against the hand-written equivalent ({@link
 * io.peoplesync.benchmarks.handwritten.HandWrittenVendors}) in this JVM, with {@link VendorServer}
 * in a separate JVM so the counters see only the client.
 *
 * <p>After {@code warmup} unmeasured rounds, each of {@code rounds} rounds makes every workload's
 * calls once through the SDK and once by hand, the order alternating from round to round. Per round
 * and side it reads the client JVM's process CPU time, the bytes allocated by all its threads and
 * the wall time; the figures printed are the medians over rounds of the per-call values and of the
 * per-round SDK/hand ratios, with the ratios' spread (min–max over rounds), so drift and the load
 * of a shared machine fall on both sides alike.
 *
 * <p>The calls per round are set after each warm-up round so that one side of one workload takes
 * about {@code millis} of wall time. The warm-up is there for the JIT: the process CPU counted
 * includes the compiler threads, and the SDK has more code to compile than the hand-written call,
 * so rounds measured while C2 is still busy charge the SDK for compiling, not for running.
 *
 * <p>Arguments, all optional: {@code rounds=10 warmup=5 millis=1000 only=}; {@code only=Springest}
 * keeps the workloads whose name starts so (for profiling one); {@code rounds=2 warmup=1 millis=20}
 * is the seconds-long smoke run.
 */
public final class VendorBenchmark {
  private VendorBenchmark() {}

  /** Returns the SDK's Pepper client for the {@link VendorServer} at {@code base}. */
  public static PepperClient pepperClient(URI base) {
    return Workloads.pepper(base);
  }

  /** Runs the benchmark; see the class documentation. */
  public static void main(String[] args) throws Exception {
    Args a = Args.parse(args);
    run(a.rounds, a.warmup, a.millis, a.only, System.out);
  }

  /** The arguments of this benchmark and of {@link InProcessBenchmark}, defaults included. */
  static final class Args {
    int rounds = 10;
    int warmup = 5;
    int millis = 1000;
    String only = "";

    /**
     * Reads {@code rounds=10 warmup=5 millis=1000 only=}, each optional.
     *
     * @throws IllegalArgumentException for an argument not of that form
     */
    static Args parse(String... args) {
      Args a = new Args();
      for (String arg : args) {
        String[] kv = arg.replaceFirst("^-+", "").split("=", 2);
        if (kv.length != 2) {
          throw new IllegalArgumentException("bad argument: " + arg);
        }
        switch (kv[0]) {
          case "rounds":
            a.rounds = Integer.parseInt(kv[1]);
            break;
          case "warmup":
            a.warmup = Integer.parseInt(kv[1]);
            break;
          case "millis":
            a.millis = Integer.parseInt(kv[1]);
            break;
          case "only":
            a.only = kv[1];
            break;
          default:
            throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      return a;
    }
  }

  /** Runs the benchmark against a fresh server process, prints the table and returns its rows. */
  public static List<Result> run(int rounds, int warmup, int millis, PrintStream out)
      throws Exception {
    return run(rounds, warmup, millis, "", out);
  }

  /** Runs like {@link #run(int, int, int, PrintStream)} the workloads whose name starts so. */
  public static List<Result> run(int rounds, int warmup, int millis, String only, PrintStream out)
      throws Exception {
    if (rounds < 1 || warmup < 1 || millis < 1) {
      throw new IllegalArgumentException("need rounds >= 1, warmup >= 1 and millis >= 1");
    }
    try (ServerProcess server = ServerProcess.start(VendorServer.class, "1000000")) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      out.printf(
          Locale.ROOT,
          "peoplesync vendor clients vs hand-written: JDK %s, %d CPUs, server pid %d;"
              + " %d warm-up + %d measured rounds of about %d ms per side%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          server.pid(),
          warmup,
          rounds,
          millis);
      out.flush();
      List<Workload> workloads = new ArrayList<>(Workloads.all(base));
      workloads.removeIf(w -> !w.name.startsWith(only));
      return measureAll(workloads, rounds, warmup, millis, out);
    }
  }

  /**
   * Measures {@code workloads} in interleaved rounds (see the class documentation), prints the
   * table and returns its rows; the "SDK" side of each workload is its first call, the "hand" side
   * its second.
   */
  static List<Result> measureAll(
      List<Workload> workloads, int rounds, int warmup, int millis, PrintStream out)
      throws Exception {
    return measureAll(workloads, rounds, warmup, millis, false, out);
  }

  /**
   * Measures like {@link #measureAll(List, int, int, int, PrintStream)}; with {@code callerCpu} the
   * CPU counted is the calling thread's instead of the whole JVM's.
   */
  static List<Result> measureAll(
      List<Workload> workloads,
      int rounds,
      int warmup,
      int millis,
      boolean callerCpu,
      PrintStream out)
      throws Exception {
    Meter meter = new Meter();
    List<Result> results = new ArrayList<>();
    int[] calls = new int[workloads.size()];
    for (int i = 0; i < workloads.size(); i++) {
      results.add(new Result(workloads.get(i).name));
      calls[i] = workloads.get(i).warmupCalls;
    }
    for (int round = 0; round < warmup + rounds; round++) {
      boolean measured = round >= warmup;
      for (int i = 0; i < workloads.size(); i++) {
        Workload w = workloads.get(i);
        Result r = results.get(i);
        boolean sdkFirst = round % 2 == 0;
        Side first = measure(sdkFirst ? w.sdk : w.hand, calls[i], meter, callerCpu);
        Side second = measure(sdkFirst ? w.hand : w.sdk, calls[i], meter, callerCpu);
        if (!measured) {
          // Re-sized after every warm-up round: calls get faster as the JIT compiles them, and a
          // round sized on the first, interpreted calls would run for a fraction of millis.
          double micros = Math.max(first.wallMicros, second.wallMicros);
          calls[i] = (int) Math.max(1, Math.ceil(millis * 1_000.0 / micros));
        }
        if (measured) {
          r.add(sdkFirst ? first : second, sdkFirst ? second : first);
        }
      }
    }
    out.print(table(results, meter, callerCpu));
    for (int i = 0; i < workloads.size(); i++) {
      out.printf(Locale.ROOT, "%s: %d calls per side and round%n", workloads.get(i).name, calls[i]);
    }
    out.flush();
    return results;
  }

  private static Side measure(Workload.Call call, int n, Meter meter, boolean callerCpu)
      throws Exception {
    Meter.Snapshot before = meter.snapshot();
    for (int i = 0; i < n; i++) {
      call.run();
    }
    Meter.Snapshot after = meter.snapshot();
    long cpu = callerCpu ? after.callerCpuSince(before) : after.cpuSince(before);
    return new Side(
        after.wallSince(before) / 1_000.0 / n,
        perCall(cpu, 1_000.0, n),
        perCall(after.allocatedSince(before), 1.0, n));
  }

  private static double perCall(long total, double unit, int n) {
    return total < 0 ? Double.NaN : total / unit / n;
  }

  static String table(List<Result> results, Meter meter, boolean callerCpu) {
    int width = 22;
    for (Result r : results) {
      width = Math.max(width, r.name.length());
    }
    String name = "%-" + width + "s";
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            name + " %10s %10s %-18s %10s %10s %-18s %-18s%n",
            "workload",
            "SDK CPU us",
            "hand CPU",
            "CPU x (min-max)",
            "SDK KB",
            "hand KB",
            "alloc x (min-max)",
            "wall x (min-max)"));
    for (Result r : results) {
      sb.append(
          String.format(
              Locale.ROOT,
              name + " %10.1f %10.1f %-18s %10.1f %10.1f %-18s %-18s%n",
              r.name,
              Stats.median(r.sdkCpu),
              Stats.median(r.handCpu),
              Stats.spread(r.cpuRatios),
              Stats.median(r.sdkAlloc) / 1024,
              Stats.median(r.handAlloc) / 1024,
              Stats.spread(r.allocRatios),
              Stats.spread(r.wallRatios)));
    }
    sb.append("(per call, medians over rounds; CPU = ")
        .append(callerCpu ? "the calling thread" : "whole client JVM")
        .append(", alloc = all its threads; x = median of per-round SDK/hand ratios)\n");
    if (!meter.complete()) {
      sb.append("(n/a: this JVM does not report ").append(meter.missing()).append(")\n");
    }
    return sb.toString();
  }

  /** One side's per-call figures in one round. */
  static final class Side {
    final double wallMicros;
    final double cpuMicros;
    final double allocBytes;

    Side(double wallMicros, double cpuMicros, double allocBytes) {
      this.wallMicros = wallMicros;
      this.cpuMicros = cpuMicros;
      this.allocBytes = allocBytes;
    }
  }

  /** What one workload measured, round by round. */
  public static final class Result {
    final String name;
    final List<Double> sdkCpu = new ArrayList<>();
    final List<Double> handCpu = new ArrayList<>();
    final List<Double> sdkAlloc = new ArrayList<>();
    final List<Double> handAlloc = new ArrayList<>();
    final List<Double> cpuRatios = new ArrayList<>();
    final List<Double> allocRatios = new ArrayList<>();
    final List<Double> wallRatios = new ArrayList<>();

    Result(String name) {
      this.name = name;
    }

    void add(Side sdk, Side hand) {
      sdkCpu.add(sdk.cpuMicros);
      handCpu.add(hand.cpuMicros);
      sdkAlloc.add(sdk.allocBytes);
      handAlloc.add(hand.allocBytes);
      cpuRatios.add(sdk.cpuMicros / hand.cpuMicros);
      allocRatios.add(sdk.allocBytes / hand.allocBytes);
      wallRatios.add(sdk.wallMicros / hand.wallMicros);
    }

    /** Returns the workload's name, as printed. */
    public String name() {
      return name;
    }

    /** Returns the rounds measured. */
    public int rounds() {
      return wallRatios.size();
    }

    /** Returns the median of the per-round CPU ratios, SDK over hand-written. */
    public double cpuRatio() {
      return Stats.median(cpuRatios);
    }

    /** Returns the median of the per-round allocation ratios, SDK over hand-written. */
    public double allocRatio() {
      return Stats.median(allocRatios);
    }

    /** Returns the median of the per-round wall-time ratios, SDK over hand-written. */
    public double wallRatio() {
      return Stats.median(wallRatios);
    }
  }
}
