package io.peoplesync.benchmarks.vendors;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workloads of {@link VendorBenchmark} with the network taken out: the SDK's clients and the
 * hand-written calls both run on one {@link CannedHttpClient}, which answers in memory on the
 * calling thread, and the CPU counted is the calling thread's. What is left is what each side does
 * around the transport (building the request, encoding, the pipeline's stages, decoding), measured
 * with a counter that other load on the machine does not inflate. It complements, and does not
 * replace, the end-to-end figures.
 *
 * <p>Arguments as {@link VendorBenchmark}'s: {@code rounds=10 warmup=5 millis=1000 only=}.
 */
public final class InProcessBenchmark {
  private InProcessBenchmark() {}

  /** Runs the benchmark; see the class documentation. */
  public static void main(String[] args) throws Exception {
    VendorBenchmark.Args a = VendorBenchmark.Args.parse(args);
    run(a.rounds, a.warmup, a.millis, a.only, System.out);
  }

  /** Runs the workloads whose name starts with {@code only}, prints the table, returns its rows. */
  public static List<VendorBenchmark.Result> run(
      int rounds, int warmup, int millis, String only, PrintStream out) throws Exception {
    if (rounds < 1 || warmup < 1 || millis < 1) {
      throw new IllegalArgumentException("need rounds >= 1, warmup >= 1 and millis >= 1");
    }
    out.printf(
        Locale.ROOT,
        "peoplesync vendor clients vs hand-written, in memory (no network): JDK %s;"
            + " %d warm-up + %d measured rounds of about %d ms per side%n",
        System.getProperty("java.version"),
        warmup,
        rounds,
        millis);
    List<Workload> workloads =
        new ArrayList<>(Workloads.all(URI.create("http://127.0.0.1:9"), new CannedHttpClient()));
    workloads.removeIf(w -> !w.name.startsWith(only));
    return VendorBenchmark.measureAll(workloads, rounds, warmup, millis, true, out);
  }
}
