package io.peoplesync.benchmarks.peer;

import io.peoplesync.benchmarks.Meter;
import io.peoplesync.benchmarks.ServerProcess;
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
  /** The sides, in the order of {@link PeerWorkload#sides}; ratios are taken to {@code hand}. */
  static final List<String> SIDES = List.of("SDK", "hand", "Retrofit");

  private PeerBenchmark() {}

  /**
   * Runs the benchmark; see the class documentation.
   *
   * @throws IllegalArgumentException for an argument not of the documented form
   */
  public static void main(String[] args) throws Exception {
    run(RunSettings.parse(args), System.out);
  }

  /**
   * Runs the workloads whose name starts with {@code only} against a fresh server process, prints
   * the table and returns its rows.
   *
   * @throws IllegalArgumentException if {@code rounds}, {@code warmup} or {@code millis} is below
   *     1, {@code warmupSeconds} is negative, or no workload's name starts with {@code only}
   * @throws Exception if the server cannot be started or a call fails or returns a wrong result
   */
  public static List<PeerResult> run(
      int rounds, int warmup, double warmupSeconds, int millis, String only, PrintStream out)
      throws Exception {
    return run(new RunSettings(rounds, warmup, warmupSeconds, millis, only), out);
  }

  static List<PeerResult> run(RunSettings settings, PrintStream out) throws Exception {
    settings.requireOneOf(PeerWorkloads.NAMES);
    try (ServerProcess server = ServerProcess.start(VendorServer.class, "1000000")) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      out.printf(
          Locale.ROOT,
          "peoplesync SDK vs hand-written vs Retrofit: JDK %s, %d CPUs, server pid %d; %s%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          server.pid(),
          settings.describe());
      out.flush();
      List<PeerWorkload> workloads = new ArrayList<>(PeerWorkloads.all(base));
      workloads.removeIf(w -> !settings.keeps(w.name));
      return Rounds.measureAll(workloads, SIDES, SIDES.indexOf("hand"), settings, out);
    }
  }
}
