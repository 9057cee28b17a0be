package io.peoplesync.benchmarks.vendors;

import io.peoplesync.benchmarks.ServerProcess;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUser;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Per-client {@link HttpClient} settings, each measured against the SDK's own default client (which
 * runs the JDK client's tasks inline) in the same JVM (interleaved rounds, medians of per-round
 * ratios, as {@link VendorBenchmark}): the JDK's default worker-pool executor, a fixed pool, the
 * HTTP version, on a Springest save and a Pepper page; and the worker pool against inline under
 * concurrency, 8 blocking callers and 16 asynchronous saves in flight on one client. A ratio below
 * 1 means the setting saves CPU. JVM-wide {@code jdk.httpclient.*} properties cannot be compared in
 * one JVM: run {@link VendorBenchmark} with {@code -Djdk.httpclient.bufsize=...} and compare the
 * absolute per-call figures instead.
 *
 * <p>Arguments, all optional: {@code rounds=10 warmup=3 millis=500}.
 */
public final class ClientSettingsBenchmark {
  private static final int CALLERS = 8;
  private static final int IN_FLIGHT = 16;

  private ClientSettingsBenchmark() {}

  /** Runs the benchmark; see the class documentation. */
  public static void main(String[] args) throws Exception {
    Map<String, Integer> a = new LinkedHashMap<>(Map.of("rounds", 10, "warmup", 3, "millis", 500));
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^-+", "").split("=", 2);
      if (kv.length != 2 || !a.containsKey(kv[0])) {
        throw new IllegalArgumentException("bad argument: " + arg);
      }
      a.put(kv[0], Integer.parseInt(kv[1]));
    }
    run(a.get("rounds"), a.get("warmup"), a.get("millis"), System.out);
  }

  /** Runs every setting against the default; returns the table's rows. */
  public static List<VendorBenchmark.Result> run(
      int rounds, int warmup, int millis, PrintStream out) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try (ServerProcess server = ServerProcess.start(VendorServer.class, "1000000")) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      Map<String, Supplier<HttpClient.Builder>> settings = new LinkedHashMap<>();
      settings.put("JDK default executor", ClientSettingsBenchmark::defaults);
      settings.put("fixed pool of 2", () -> defaults().executor(pool));
      settings.put(
          "HTTP/1.1 client, inline",
          () -> defaults().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run));
      List<Workload> workloads = new ArrayList<>();
      SpringestUser user = Workloads.springestUser();
      UserQuery page = UserQuery.builder().limit(Workloads.PAGE).build();
      SpringestClient springestDefault = Workloads.springest(base, null);
      PepperClient pepperDefault = Workloads.pepper(base, null);
      for (Map.Entry<String, Supplier<HttpClient.Builder>> s : settings.entrySet()) {
        SpringestClient springest = Workloads.springest(base, s.getValue().get().build());
        workloads.add(
            new Workload(
                "save: " + s.getKey(),
                50,
                () -> springest.users().save(user),
                () -> springestDefault.users().save(user)));
      }
      for (Map.Entry<String, Supplier<HttpClient.Builder>> s : settings.entrySet()) {
        PepperClient pepper = Workloads.pepper(base, s.getValue().get().build());
        workloads.add(
            new Workload(
                "page: " + s.getKey(),
                20,
                () ->
                    Workloads.checkPepper(
                        pepper.users().list(page).pages().iterator().next().items()),
                () ->
                    Workloads.checkPepper(
                        pepperDefault.users().list(page).pages().iterator().next().items())));
      }
      // Concurrency: one call = CALLERS blocking saves from as many threads, or IN_FLIGHT async
      // saves at once, on one client; the JDK's worker pool against the SDK's inline default.
      SpringestClient pooled = Workloads.springest(base, defaults().build());
      workloads.add(
          new Workload(
              "save x" + CALLERS + " threads: JDK default executor",
              5,
              () -> concurrently(callers, () -> pooled.users().save(user)),
              () -> concurrently(callers, () -> springestDefault.users().save(user))));
      workloads.add(
          new Workload(
              "save x" + IN_FLIGHT + " async: JDK default executor",
              5,
              () -> inFlight(() -> pooled.users().saveAsync(user)),
              () -> inFlight(() -> springestDefault.users().saveAsync(user))));
      out.printf(
          Locale.ROOT,
          "HttpClient settings vs the SDK's default client (\"SDK\" = the setting, \"hand\" ="
              + " default): JDK %s, %d CPUs%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      return VendorBenchmark.measureAll(workloads, rounds, warmup, millis, out);
    } finally {
      pool.shutdownNow();
      callers.shutdownNow();
    }
  }

  private static void concurrently(ExecutorService callers, Callable<?> call) throws Exception {
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      calls.add(call::call);
    }
    for (Future<Object> f : callers.invokeAll(calls)) {
      f.get();
    }
  }

  private static void inFlight(Supplier<CompletableFuture<?>> call) {
    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls.add(call.get());
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
  }

  /**
   * The settings of the SDK's own client (see ClientBuilder) except its executor: connect timeout,
   * no redirects, the JDK's default executor.
   */
  private static HttpClient.Builder defaults() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER);
  }
}
