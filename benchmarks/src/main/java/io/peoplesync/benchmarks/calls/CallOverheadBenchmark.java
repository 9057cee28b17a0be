package io.peoplesync.benchmarks.calls;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.benchmarks.Meter;
import io.peoplesync.benchmarks.ServerProcess;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what one call costs the client: the SDK's {@link ApiClient} against a careful
 * hand-written {@link HttpClient} + Jackson call, blocking ({@code send()}) and async ({@code
 * sendAsync().join()}), for a GET that decodes a ~1 KB user and a POST that encodes and decodes a
 * small body.
 *
 * <p>The server ({@link EchoServer}) runs in a separate JVM, so the CPU counters only see the
 * client. Every variant is warmed up first; the measured calls are then made in rounds that rotate
 * through the variants, so drift (JIT, GC, the machine) spreads evenly. Per variant it reports wall
 * time per call (mean, p50, p99), CPU per call of the whole JVM (every thread: caller, the
 * HttpClient's selector and workers, GC, JIT), CPU of the calling thread alone, and bytes allocated
 * per call by all threads, plus the ratio to the hand-written variant of the same method and mode.
 *
 * <p>It measures and prints; it asserts nothing and exits 0 once the table is printed.
 *
 * <p>Arguments, all optional: {@code warmup=3000 calls=10000 rounds=10}.
 */
public final class CallOverheadBenchmark {
  static final String USAGE =
      "usage: CallOverheadBenchmark [warmup=N] [calls=N] [rounds=N]"
          + " (defaults: warmup=3000 calls=10000 rounds=10)";

  /** CPU ratios up to this are within the run-to-run noise of this benchmark. */
  static final double NOISE = 1.10;

  /** Beyond this ratio the SDK is clearly slower and worth profiling. */
  static final double CLEARLY_SLOWER = 1.30;

  private static final int IDS = 1000;
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final Endpoint<Void, BenchUser> GET_USER =
      Endpoint.get("bench.users.get", "/users/{userId}").returns(BenchUser.class);
  static final Endpoint<NewUser, NewUser> CREATE_USER =
      Endpoint.post("bench.users.create", "/users").body(NewUser.class).returns(NewUser.class);

  private CallOverheadBenchmark() {}

  /** Runs the benchmark with the given arguments; see the class documentation. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    run(settings, System.out);
  }

  /**
   * Starts the server process, measures every variant, prints the table and verdict to {@code out},
   * stops the server and returns what it printed.
   */
  public static Report run(Settings settings, PrintStream out)
      throws IOException, InterruptedException {
    Meter meter = new Meter();
    try (ServerProcess server = ServerProcess.start(EchoServer.class, "0")) {
      URI base = URI.create("http://127.0.0.1:" + server.port());
      List<Variant> variants = variants(base);
      out.printf(
          Locale.ROOT,
          "peoplesync call overhead: JDK %s, %d CPUs, server pid %d on port %d;"
              + " warm-up %d, measured %d calls per variant in %d rounds%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          server.pid(),
          server.port(),
          settings.warmup(),
          settings.calls(),
          settings.rounds());
      out.flush();

      for (Variant v : variants) {
        for (int i = 0; i < settings.warmup(); i++) {
          v.invoke(i);
        }
      }
      for (int round = 0; round < settings.rounds(); round++) {
        int n = settings.calls() / settings.rounds();
        if (round == settings.rounds() - 1) {
          n += settings.calls() % settings.rounds();
        }
        for (Variant v : variants) {
          v.measure(n, meter);
        }
      }

      List<Row> rows = new ArrayList<>();
      for (Variant v : variants) {
        Variant hand = v;
        for (Variant h : variants) {
          if (h.handWritten && h.method.equals(v.method) && h.mode.equals(v.mode)) {
            hand = h;
          }
        }
        rows.add(v.row(hand));
      }
      Report report = new Report(rows, table(rows, meter), verdict(rows));
      out.print(report.table());
      out.println(report.verdict());
      for (Row row : rows) {
        row.firstError()
            .ifPresent(
                e ->
                    out.println(
                        "first error of " + row.label() + " (" + row.errors() + " in all): " + e));
      }
      out.flush();
      return report;
    }
  }

  private static List<Variant> variants(URI base) {
    String root = base.toString();
    String[] ids = new String[IDS];
    NewUser[] bodies = new NewUser[IDS];
    for (int i = 0; i < IDS; i++) {
      ids[i] = "usr_" + (1_000_000 + i);
      bodies[i] = NewUser.sample(i);
    }

    // Hand-written, done carefully: one client and one mapper, HTTP/1.1 on plain http (no h2c
    // upgrade), the same timeouts as the SDK's defaults, the body read once as bytes and decoded
    // once.
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    ObjectMapper mapper =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    HandWrittenCalls hand = new HandWrittenCalls(client, mapper, root);

    // The SDK, built the way a vendor module builds it.
    ApiClient api = new BenchClientBuilder().baseUri(base).build();

    List<Variant> list = new ArrayList<>();
    list.add(new Variant("GET", "hand", "send", i -> checkUser(hand.getUser(ids[i % IDS], false))));
    list.add(
        new Variant(
            "GET",
            "sdk",
            "send",
            i -> checkUser(api.execute(GET_USER, Call.path("userId", ids[i % IDS])))));
    list.add(new Variant("GET", "hand", "async", i -> checkUser(hand.getUser(ids[i % IDS], true))));
    list.add(
        new Variant(
            "GET",
            "sdk",
            "async",
            i -> checkUser(api.executeAsync(GET_USER, Call.path("userId", ids[i % IDS])).join())));
    list.add(
        new Variant(
            "POST",
            "hand",
            "send",
            i -> checkEcho(bodies[i % IDS], hand.createUser(bodies[i % IDS], false))));
    list.add(
        new Variant(
            "POST",
            "sdk",
            "send",
            i -> checkEcho(bodies[i % IDS], api.execute(CREATE_USER, Call.body(bodies[i % IDS])))));
    list.add(
        new Variant(
            "POST",
            "hand",
            "async",
            i -> checkEcho(bodies[i % IDS], hand.createUser(bodies[i % IDS], true))));
    list.add(
        new Variant(
            "POST",
            "sdk",
            "async",
            i ->
                checkEcho(
                    bodies[i % IDS],
                    api.executeAsync(CREATE_USER, Call.body(bodies[i % IDS])).join())));
    return list;
  }

  private static void checkUser(BenchUser user) {
    if (user == null || user.id == null || user.address == null || user.roles.size() != 3) {
      throw new IllegalStateException("unexpected user decoded");
    }
  }

  private static void checkEcho(NewUser sent, NewUser echoed) {
    if (echoed == null
        || !sent.externalId.equals(echoed.externalId)
        || !sent.email.equals(echoed.email)) {
      throw new IllegalStateException("the echo differs from what was sent");
    }
  }

  private static String table(List<Row> rows, Meter meter) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-4s %-21s %6s %4s %8s %8s %8s %8s %8s %9s %6s %6s %6s%n",
            "",
            "variant",
            "calls",
            "err",
            "wall us",
            "p50 us",
            "p99 us",
            "CPU us",
            "caller",
            "alloc B",
            "wall x",
            "CPU x",
            "B x"));
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-4s %-21s %6d %4d %8.1f %8.1f %8.1f %8s %8s %9s %6.2f %6s %6s%n",
              r.method(),
              r.variant(),
              r.calls(),
              r.errors(),
              r.wallMicros(),
              r.p50Micros(),
              r.p99Micros(),
              orNa(r.cpuMicros(), "%.1f"),
              orNa(r.callerCpuMicros(), "%.1f"),
              orNa(r.allocBytes(), "%.0f"),
              r.wallRatio(),
              orNa(r.cpuRatio(), "%.2f"),
              orNa(r.allocRatio(), "%.2f")));
    }
    sb.append(
        "(per call; CPU = whole client JVM, caller = calling thread only, alloc = all threads;"
            + " x = ratio to the hand-written call of the same method and mode)\n");
    if (!meter.complete()) {
      sb.append("(n/a: this JVM does not report ").append(meter.missing()).append(")\n");
    }
    return sb.toString();
  }

  private static String orNa(double value, String format) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
  }

  static String verdict(List<Row> rows) {
    long failed = rows.stream().filter(r -> r.errors() > 0).count();
    if (failed > 0) {
      return "verdict: INCOMPLETE: " + failed + " variant(s) had errors; the figures are not valid";
    }
    Row worst = null;
    double best = Double.MAX_VALUE;
    for (Row r : rows) {
      if (r.handWritten() || Double.isNaN(r.cpuRatio())) {
        continue;
      }
      best = Math.min(best, r.cpuRatio());
      if (worst == null || r.cpuRatio() > worst.cpuRatio()) {
        worst = r;
      }
    }
    if (worst == null) {
      return "verdict: no CPU figures on this JVM; compare the wall times only";
    }
    String range =
        String.format(
            Locale.ROOT,
            "SDK CPU per call is %.2f-%.2fx the hand-written call (worst: %s %.2fx,"
                + " single rounds %.2f-%.2fx)",
            best,
            worst.cpuRatio(),
            worst.label(),
            worst.cpuRatio(),
            worst.cpuRatioLow(),
            worst.cpuRatioHigh());
    if (worst.cpuRatio() <= NOISE) {
      return "verdict: within budget: "
          + range
          + String.format(Locale.ROOT, "; <= %.2fx is run-to-run noise", NOISE);
    }
    if (worst.cpuRatio() <= CLEARLY_SLOWER) {
      return "verdict: OVER budget (mildly): " + range;
    }
    return "verdict: OVER budget (clearly): " + range;
  }
}
