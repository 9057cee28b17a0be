package io.peoplesync.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
    try (ServerProcess server = ServerProcess.start()) {
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
    HandWritten hand = new HandWritten(client, mapper, root);

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

  /** How long a run is. */
  public static final class Settings {
    private final int warmup;
    private final int calls;
    private final int rounds;

    private Settings(int warmup, int calls, int rounds) {
      if (warmup < 0 || calls < 1 || rounds < 1 || rounds > calls) {
        throw new IllegalArgumentException("need warmup >= 0, calls >= 1 and 1 <= rounds <= calls");
      }
      this.warmup = warmup;
      this.calls = calls;
      this.rounds = rounds;
    }

    /**
     * Returns settings with {@code warmup} warm-up and {@code calls} measured calls per variant.
     */
    public static Settings of(int warmup, int calls, int rounds) {
      return new Settings(warmup, calls, rounds);
    }

    /** Parses {@code warmup=N calls=N rounds=N} (leading dashes allowed), over the defaults. */
    public static Settings parse(String... args) {
      int warmup = 3_000;
      int calls = 10_000;
      int rounds = 10;
      for (String arg : args) {
        String a = arg.replaceFirst("^-+", "");
        int eq = a.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException("bad argument: " + arg);
        }
        int value;
        try {
          value = Integer.parseInt(a.substring(eq + 1).replace("_", ""));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad number in: " + arg, e);
        }
        switch (a.substring(0, eq)) {
          case "warmup":
            warmup = value;
            break;
          case "calls":
            calls = value;
            break;
          case "rounds":
            rounds = value;
            break;
          default:
            throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      return new Settings(warmup, calls, Math.min(rounds, calls));
    }

    /** Returns the warm-up calls per variant. */
    public int warmup() {
      return warmup;
    }

    /** Returns the measured calls per variant. */
    public int calls() {
      return calls;
    }

    /** Returns how many rotations through the variants the measured calls are spread over. */
    public int rounds() {
      return rounds;
    }
  }

  /** What a run measured. */
  public static final class Report {
    private final List<Row> rows;
    private final String table;
    private final String verdict;

    Report(List<Row> rows, String table, String verdict) {
      this.rows = List.copyOf(rows);
      this.table = table;
      this.verdict = verdict;
    }

    /** Returns one row per variant, in table order. */
    public List<Row> rows() {
      return rows;
    }

    /** Returns the printed table. */
    public String table() {
      return table;
    }

    /** Returns the one-line verdict. */
    public String verdict() {
      return verdict;
    }
  }

  /** The figures of one variant, per call; NaN where the JVM does not report a counter. */
  public static final class Row {
    private final String method;
    private final String variant;
    private final boolean handWritten;
    private final int calls;
    private final int errors;
    private final Throwable firstError;
    private final double wallMicros;
    private final double p50Micros;
    private final double p99Micros;
    private final double cpuMicros;
    private final double callerCpuMicros;
    private final double allocBytes;
    private final double wallRatio;
    private final double cpuRatio;
    private final double cpuRatioLow;
    private final double cpuRatioHigh;
    private final double allocRatio;

    Row(Variant v, Variant hand) {
      this.method = v.method;
      this.variant = v.name();
      this.handWritten = v.handWritten;
      this.calls = v.measured;
      this.errors = v.errors;
      this.firstError = v.firstError;
      this.wallMicros = v.wallMicros();
      long[] sorted = Arrays.copyOf(v.latencies, v.measured);
      Arrays.sort(sorted);
      this.p50Micros = percentile(sorted, 0.50);
      this.p99Micros = percentile(sorted, 0.99);
      this.cpuMicros = v.cpuMicros();
      this.callerCpuMicros = v.callerCpuMicros();
      this.allocBytes = v.allocBytes();
      this.wallRatio = v.wallMicros() / hand.wallMicros();
      this.cpuRatio = v.cpuMicros() / hand.cpuMicros();
      double low = Double.NaN;
      double high = Double.NaN;
      for (int i = 0; i < v.roundCpuMicros.size() && i < hand.roundCpuMicros.size(); i++) {
        double r = v.roundCpuMicros.get(i) / hand.roundCpuMicros.get(i);
        if (!Double.isNaN(r) && !Double.isInfinite(r)) {
          low = Double.isNaN(low) ? r : Math.min(low, r);
          high = Double.isNaN(high) ? r : Math.max(high, r);
        }
      }
      this.cpuRatioLow = low;
      this.cpuRatioHigh = high;
      this.allocRatio = v.allocBytes() / hand.allocBytes();
    }

    private static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000.0;
    }

    /** Returns {@code GET} or {@code POST}. */
    public String method() {
      return method;
    }

    /** Returns the variant, for example {@code sdk executeAsync.join}. */
    public String variant() {
      return variant;
    }

    /** Returns the method and the variant, as printed. */
    public String label() {
      return method + " " + variant;
    }

    /** Returns whether this is a hand-written baseline. */
    public boolean handWritten() {
      return handWritten;
    }

    /** Returns the measured calls made. */
    public int calls() {
      return calls;
    }

    /** Returns the calls that failed, warm-up included. */
    public int errors() {
      return errors;
    }

    /** Returns the first failure, if any. */
    public Optional<Throwable> firstError() {
      return Optional.ofNullable(firstError);
    }

    /** Returns the mean wall time per call in microseconds. */
    public double wallMicros() {
      return wallMicros;
    }

    /** Returns the median wall time per call in microseconds. */
    public double p50Micros() {
      return p50Micros;
    }

    /** Returns the 99th percentile wall time per call in microseconds. */
    public double p99Micros() {
      return p99Micros;
    }

    /** Returns the CPU time of the whole client JVM per call in microseconds. */
    public double cpuMicros() {
      return cpuMicros;
    }

    /** Returns the CPU time of the calling thread per call in microseconds. */
    public double callerCpuMicros() {
      return callerCpuMicros;
    }

    /** Returns the bytes allocated by all threads per call. */
    public double allocBytes() {
      return allocBytes;
    }

    /** Returns the wall time relative to the hand-written call of the same method and mode. */
    public double wallRatio() {
      return wallRatio;
    }

    /** Returns the JVM CPU relative to the hand-written call of the same method and mode. */
    public double cpuRatio() {
      return cpuRatio;
    }

    /** Returns the lowest CPU ratio of a single round: with the highest, the run's spread. */
    public double cpuRatioLow() {
      return cpuRatioLow;
    }

    /** Returns the highest CPU ratio of a single round. */
    public double cpuRatioHigh() {
      return cpuRatioHigh;
    }

    /** Returns the allocation relative to the hand-written call of the same method and mode. */
    public double allocRatio() {
      return allocRatio;
    }
  }

  /** One call, checked; throws on a failure or a wrong result. */
  @FunctionalInterface
  interface CallFn {
    void call(int i) throws Exception;
  }

  /** One way of making the call, with its accumulated measurements. */
  static final class Variant {
    final String method;
    final boolean handWritten;
    final String mode;
    private final CallFn fn;
    private long[] latencies = new long[0];
    private int measured;
    private int errors;
    private Throwable firstError;
    private long wallNanos;
    private long cpuNanos = -1;
    private final List<Double> roundCpuMicros = new ArrayList<>();
    private long callerCpuNanos = -1;
    private long allocated = -1;

    Variant(String method, String impl, String mode, CallFn fn) {
      this.method = method;
      this.handWritten = impl.equals("hand");
      this.mode = mode;
      this.fn = fn;
    }

    String name() {
      if (handWritten) {
        return mode.equals("send") ? "hand send" : "hand sendAsync.join";
      }
      return mode.equals("send") ? "sdk execute" : "sdk executeAsync.join";
    }

    void invoke(int i) {
      try {
        fn.call(i);
      } catch (Exception | Error e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        errors++;
        if (firstError == null) {
          firstError = e;
        }
      }
    }

    void measure(int n, Meter meter) {
      if (latencies.length < measured + n) {
        latencies = Arrays.copyOf(latencies, measured + n);
      }
      Meter.Snapshot before = meter.snapshot();
      for (int i = 0; i < n; i++) {
        long start = System.nanoTime();
        invoke(measured);
        latencies[measured++] = System.nanoTime() - start;
      }
      Meter.Snapshot after = meter.snapshot();
      wallNanos += after.nanos - before.nanos;
      cpuNanos = add(cpuNanos, before.processCpu, after.processCpu);
      roundCpuMicros.add(
          before.processCpu < 0 || after.processCpu < 0 || n == 0
              ? Double.NaN
              : (after.processCpu - before.processCpu) / 1_000.0 / n);
      callerCpuNanos = add(callerCpuNanos, before.callerCpu, after.callerCpu);
      allocated = addAlloc(allocated, before.allocated, after.allocated);
    }

    private static long add(long total, long before, long after) {
      if (before < 0 || after < 0) {
        return total;
      }
      return Math.max(total, 0) + (after - before);
    }

    private static long addAlloc(long total, Map<Long, Long> before, Map<Long, Long> after) {
      if (before == null || after == null) {
        return total;
      }
      long sum = 0;
      for (Map.Entry<Long, Long> e : after.entrySet()) {
        sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
      return Math.max(total, 0) + sum;
    }

    double wallMicros() {
      return measured == 0 ? Double.NaN : wallNanos / 1_000.0 / measured;
    }

    double cpuMicros() {
      return cpuNanos < 0 || measured == 0 ? Double.NaN : cpuNanos / 1_000.0 / measured;
    }

    double callerCpuMicros() {
      return callerCpuNanos < 0 || measured == 0 ? Double.NaN : callerCpuNanos / 1_000.0 / measured;
    }

    double allocBytes() {
      return allocated < 0 || measured == 0 ? Double.NaN : (double) allocated / measured;
    }

    Row row(Variant hand) {
      return new Row(this, hand);
    }
  }

  /** The hand-written calls: what a careful user writes with the JDK client and Jackson. */
  static final class HandWritten {
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final String base;

    HandWritten(HttpClient client, ObjectMapper mapper, String base) {
      this.client = client;
      this.mapper = mapper;
      this.base = base;
    }

    BenchUser getUser(String id, boolean async) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/users/" + id))
              .timeout(TIMEOUT)
              .header("Accept", "application/json")
              .GET()
              .build();
      if (!async) {
        return decode(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200);
      }
      return client
          .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
          .thenApply(r -> decodeUnchecked(r, 200, BenchUser.class))
          .join();
    }

    NewUser createUser(NewUser user, boolean async) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/users"))
              .timeout(TIMEOUT)
              .header("Accept", "application/json")
              .header("Content-Type", "application/json; charset=UTF-8")
              .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(user)))
              .build();
      if (!async) {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return decodeUnchecked(response, 201, NewUser.class);
      }
      return client
          .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
          .thenApply(r -> decodeUnchecked(r, 201, NewUser.class))
          .join();
    }

    private BenchUser decode(HttpResponse<byte[]> response, int expected) throws IOException {
      if (response.statusCode() != expected) {
        throw new IOException("status " + response.statusCode());
      }
      return mapper.readValue(response.body(), BenchUser.class);
    }

    private <T> T decodeUnchecked(HttpResponse<byte[]> response, int expected, Class<T> type) {
      if (response.statusCode() != expected) {
        throw new IllegalStateException("status " + response.statusCode());
      }
      try {
        return mapper.readValue(response.body(), type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A vendor-style builder over the core's shared settings, as the core's fake vendor has. */
  static final class BenchClientBuilder extends ClientBuilder<BenchClientBuilder> {
    ApiClient build() {
      return ApiClient.builder(options(Optional.empty())).build();
    }
  }

  /** Reads the CPU and allocation counters this JVM offers. */
  static final class Meter {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.ThreadMXBean allocations;
    private final com.sun.management.OperatingSystemMXBean os;
    private final boolean threadCpu;

    Meter() {
      threadCpu = threads.isCurrentThreadCpuTimeSupported();
      if (threadCpu && !threads.isThreadCpuTimeEnabled()) {
        threads.setThreadCpuTimeEnabled(true);
      }
      com.sun.management.ThreadMXBean alloc = null;
      if (threads instanceof com.sun.management.ThreadMXBean) {
        alloc = (com.sun.management.ThreadMXBean) threads;
        if (alloc.isThreadAllocatedMemorySupported()) {
          alloc.setThreadAllocatedMemoryEnabled(true);
        } else {
          alloc = null;
        }
      }
      allocations = alloc;
      OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
      com.sun.management.OperatingSystemMXBean sunOs =
          system instanceof com.sun.management.OperatingSystemMXBean
              ? (com.sun.management.OperatingSystemMXBean) system
              : null;
      os = sunOs != null && sunOs.getProcessCpuTime() >= 0 ? sunOs : null;
    }

    boolean complete() {
      return threadCpu && allocations != null && os != null;
    }

    String missing() {
      List<String> m = new ArrayList<>();
      if (os == null) {
        m.add("process CPU time");
      }
      if (!threadCpu) {
        m.add("thread CPU time");
      }
      if (allocations == null) {
        m.add("allocated bytes");
      }
      return String.join(", ", m);
    }

    Snapshot snapshot() {
      Map<Long, Long> allocated = null;
      if (allocations != null) {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = allocations.getThreadAllocatedBytes(ids);
        allocated = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
          if (bytes[i] >= 0) {
            allocated.put(ids[i], bytes[i]);
          }
        }
      }
      long caller = threadCpu ? threads.getCurrentThreadCpuTime() : -1;
      long process = os != null ? os.getProcessCpuTime() : -1;
      return new Snapshot(System.nanoTime(), process, caller, allocated);
    }

    /** The counters at one moment. */
    static final class Snapshot {
      final long nanos;
      final long processCpu;
      final long callerCpu;
      final Map<Long, Long> allocated;

      Snapshot(long nanos, long processCpu, long callerCpu, Map<Long, Long> allocated) {
        this.nanos = nanos;
        this.processCpu = processCpu;
        this.callerCpu = callerCpu;
        this.allocated = allocated;
      }
    }
  }

  /** The {@link EchoServer} in its own JVM; closing it closes the server's stdin and waits. */
  static final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    static ServerProcess start() throws IOException, InterruptedException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder =
          new ProcessBuilder(
                  java,
                  "-Xmx128m",
                  "-Dsun.net.httpserver.nodelay=true",
                  "-cp",
                  classPath(),
                  EchoServer.class.getName(),
                  "0")
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      Process process = builder.start();
      BufferedReader stdout =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
      CompletableFuture<String> firstLine = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                try {
                  firstLine.complete(stdout.readLine());
                } catch (IOException | RuntimeException e) {
                  firstLine.completeExceptionally(e);
                }
              },
              "echo-server-port");
      reader.setDaemon(true);
      reader.start();
      String line;
      try {
        line = firstLine.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        process.destroyForcibly();
        throw new IOException("EchoServer did not report its port", e);
      }
      if (line == null) {
        int exit = process.waitFor();
        throw new IOException("EchoServer exited (status " + exit + ") before reporting a port");
      }
      try {
        return new ServerProcess(process, Integer.parseInt(line.trim()));
      } catch (NumberFormatException e) {
        process.destroyForcibly();
        throw new IOException("EchoServer printed " + line + " instead of its port", e);
      }
    }

    /**
     * Returns where this class was loaded from, then this JVM's class path: EchoServer needs only
     * itself and the JDK, and under exec:java or Surefire the class path property alone may not
     * name the project's classes.
     */
    private static String classPath() {
      String own = System.getProperty("java.class.path", "");
      CodeSource source = EchoServer.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null) {
        return own;
      }
      try {
        String here = Path.of(location.toURI()).toString();
        return own.isEmpty() ? here : here + java.io.File.pathSeparator + own;
      } catch (URISyntaxException | IllegalArgumentException e) {
        return own;
      }
    }

    int port() {
      return port;
    }

    long pid() {
      return process.pid();
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
      } catch (IOException e) {
        // Already closed: the server stops on its own or is destroyed below.
      }
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroy();
          if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
          }
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
