package io.peoplesync.benchmarks.peer;

import io.peoplesync.benchmarks.ServerProcess;
import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.handwritten.PlainSpringestUser;
import io.peoplesync.benchmarks.vendors.VendorServer;
import io.peoplesync.benchmarks.vendors.Workloads;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.PepperUser;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUser;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Issue 12's question "which {@code HttpClient} settings bring the JDK client's per-request CPU
 * toward OkHttp's", measured: the hand-written calls and the SDK's clients on JDK clients with
 * different executors, against Retrofit + OkHttp, in interleaved rounds like {@link PeerBenchmark}
 * (same counters, warm-up and arguments), ratios to the hand-written call on the default client.
 *
 * <p>The sides: {@code JDK default} (the JDK's own executor, a cached pool: the baseline), {@code
 * JDK direct} ({@code executor(Runnable::run)}: the JDK client's internal tasks run on the thread
 * that completes them, mostly its selector thread, instead of being handed to a pool thread),
 * {@code JDK 1 thread} (a fixed pool of one), {@code SDK default} and {@code SDK direct} (the SDK's
 * client on its own default client, which runs the JDK client's tasks inline too since this
 * benchmark found what it saves, and on the direct-executor client through {@code
 * httpClient(...)}), and {@code Retrofit}. All JDK clients speak HTTP/1.1 with the hand-written
 * calls' timeouts.
 *
 * <p>Inline execution is safe where the client's own tasks do not block: with {@code
 * BodyHandlers.ofByteArray} they only move bytes, and the JDK runs the dependent stages of a {@code
 * sendAsync} future in the common pool whatever the executor, so a caller's callback never runs on
 * the selector thread. What it costs is parallelism inside the client: one client's TLS decryption
 * and response parsing then happen on its one selector thread.
 */
public final class ExecutorBenchmark {
  /** The sides, in the order of the workloads' calls; ratios are taken to {@code JDK default}. */
  static final List<String> SIDES =
      List.of("JDK default", "JDK direct", "JDK 1 thread", "SDK default", "SDK direct", "Retrofit");

  private static final List<String> NAMES = List.of(PeerWorkloads.SPRINGEST, PeerWorkloads.PEPPER);

  private ExecutorBenchmark() {}

  /**
   * Runs the benchmark with {@link PeerBenchmark}'s arguments ({@code rounds=10 warmup=3
   * warmupSeconds=10 millis=500 only=}).
   *
   * @throws IllegalArgumentException for an argument not of that form
   */
  public static void main(String[] args) throws Exception {
    run(RunSettings.parse(args), System.out);
  }

  /**
   * Runs the Springest save and the Pepper page (those whose name starts with {@code only}) on
   * every side against a fresh server process, prints the table and returns its rows.
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
    settings.requireOneOf(NAMES);
    ExecutorService single =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "jdk-client-1");
              t.setDaemon(true);
              return t;
            });
    try (ServerProcess server = ServerProcess.start(VendorServer.class, "1000000")) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      out.printf(
          Locale.ROOT,
          "JDK HttpClient executors vs Retrofit: JDK %s, %d CPUs, server pid %d; %s%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          server.pid(),
          settings.describe());
      out.flush();
      List<PeerWorkload> workloads = new ArrayList<>(workloads(base, single));
      workloads.removeIf(w -> !settings.keeps(w.name));
      return Rounds.measureAll(workloads, SIDES, 0, settings, out);
    } finally {
      single.shutdownNow();
    }
  }

  private static List<PeerWorkload> workloads(URI base, Executor single) {
    HttpClient direct = jdkClient(Runnable::run);
    HandWrittenVendors handDefault = new HandWrittenVendors(base);
    HandWrittenVendors handDirect = new HandWrittenVendors(base, direct);
    HandWrittenVendors handSingle = new HandWrittenVendors(base, jdkClient(single));
    RetrofitVendors retrofit = new RetrofitVendors(base);

    SpringestClient springestDefault = Workloads.springest(base, null);
    SpringestClient springestDirect = Workloads.springest(base, direct);
    SpringestUser user = Workloads.springestUser();
    PlainSpringestUser plain = Workloads.plainSpringestUser();

    PepperClient pepperDefault = Workloads.pepper(base, null);
    PepperClient pepperDirect = Workloads.pepper(base, direct);
    UserQuery page = UserQuery.builder().limit(PeerWorkloads.PAGE).build();
    int limit = PeerWorkloads.PAGE;

    return List.of(
        new PeerWorkload(
            PeerWorkloads.SPRINGEST,
            50,
            () -> savedId(handDefault.springestSave(plain)),
            () -> savedId(handDirect.springestSave(plain)),
            () -> savedId(handSingle.springestSave(plain)),
            () -> savedId(springestDefault.users().save(user).id()),
            () -> savedId(springestDirect.users().save(user).id()),
            () -> savedId(retrofit.springestSave(plain))),
        new PeerWorkload(
            PeerWorkloads.PEPPER,
            20,
            () -> Workloads.checkPlainPepper(handDefault.pepperPage(limit, null).items),
            () -> Workloads.checkPlainPepper(handDirect.pepperPage(limit, null).items),
            () -> Workloads.checkPlainPepper(handSingle.pepperPage(limit, null).items),
            () -> Workloads.checkPepper(firstPage(pepperDefault, page)),
            () -> Workloads.checkPepper(firstPage(pepperDirect, page)),
            () -> Workloads.checkPlainPepper(retrofit.pepperPage(limit, null).items)));
  }

  private static List<PepperUser> firstPage(PepperClient client, UserQuery query) {
    return client.users().list(query).pages().iterator().next().items();
  }

  private static void savedId(String id) {
    Workloads.check("12345".equals(id), "id");
  }

  /** Returns a JDK client like the hand-written one's (HTTP/1.1, timeouts), on {@code executor}. */
  static HttpClient jdkClient(Executor executor) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
  }
}
