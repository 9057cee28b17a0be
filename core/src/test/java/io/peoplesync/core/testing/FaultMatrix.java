package io.peoplesync.core.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.ApiException;
import io.peoplesync.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every vendor call against every way a server or network misbehaves, once and lasting.
 *
 * <p>A read must end in a value (after a retry) or a typed {@link ApiException} — never another
 * exception type, never a hang. A create that may have reached the server must be sent once, unless
 * its endpoint is idempotent or the server said it did not process it (429). Clients under test
 * must be built with {@link #RETRIES} and {@link #REQUEST_TIMEOUT} so that the timeout fault, which
 * answers after {@link #SLOW_ANSWER}, is a read timeout.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> faults() {
 *   return FaultMatrix.of("spencer", wm, () -> wm.stubFor(tokenEndpoint()))
 *       .read("get", () -> get(urlPathEqualTo(USER)), okJson(USER_JSON), () -> client.users().get("E-1"))
 *       .create("create", "/users", false, () -> post(urlPathEqualTo(USERS)), okJson(USER_JSON),
 *           () -> client.users().create(ann))
 *       .tests();
 * }
 * }</pre>
 */
public final class FaultMatrix {
  /** The retry policy clients under test use: three attempts, waits of a few milliseconds. */
  public static final RetryPolicy RETRIES =
      RetryPolicy.builder()
          .maxAttempts(3)
          .initialBackoff(Duration.ofMillis(1))
          .maxBackoff(Duration.ofMillis(5))
          .build();

  /** The request timeout clients under test use. */
  public static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1000);

  /** How late the timeout fault answers: well past {@link #REQUEST_TIMEOUT}. */
  public static final Duration SLOW_ANSWER = Duration.ofMillis(2500);

  private static final AtomicInteger SCENARIOS = new AtomicInteger();

  /** Bounds each case so that a hang fails the test instead of stalling the build. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  /** The faults, each a way to answer a request badly. */
  public enum Kind {
    CONNECTION_RESET(false),
    EMPTY_REPLY(false),
    MALFORMED_CHUNK(false),
    RANDOM_BYTES(false),
    READ_TIMEOUT(false),
    STATUS_429(true),
    STATUS_500(false),
    STATUS_502(false),
    STATUS_503(false),
    TRUNCATED_BODY(false);

    private final boolean notProcessed;

    Kind(boolean notProcessed) {
      this.notProcessed = notProcessed;
    }

    /** Returns whether the server said it did not process the request, so any call may retry. */
    public boolean notProcessed() {
      return notProcessed;
    }

    ResponseDefinitionBuilder answer(String successBody) {
      switch (this) {
        case CONNECTION_RESET:
          return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        case EMPTY_REPLY:
          return aResponse().withFault(Fault.EMPTY_RESPONSE);
        case MALFORMED_CHUNK:
          return aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
        case RANDOM_BYTES:
          return aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE);
        case READ_TIMEOUT:
          return aResponse()
              .withStatus(200)
              .withFixedDelay((int) SLOW_ANSWER.toMillis())
              .withBody(successBody);
        case STATUS_429:
          return aResponse().withStatus(429).withHeader("Retry-After", "0");
        case STATUS_500:
          return aResponse().withStatus(500).withBody("{\"error\":\"internal\"}");
        case STATUS_502:
          return aResponse().withStatus(502).withBody("<html>bad gateway</html>");
        case STATUS_503:
          return aResponse().withStatus(503);
        case TRUNCATED_BODY:
          return aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "application/json")
              .withBody(successBody.substring(0, successBody.length() / 2));
        default:
          throw new AssertionError(this);
      }
    }
  }

  private final String vendor;
  private final WireMockExtension wm;
  private final Runnable setUp;
  private final List<Operation> operations = new ArrayList<>();

  private FaultMatrix(String vendor, WireMockExtension wm, Runnable setUp) {
    this.vendor = vendor;
    this.wm = wm;
    this.setUp = setUp;
  }

  /**
   * Starts a matrix for {@code vendor}; {@code setUp} re-creates stubs every case needs (a token
   * endpoint), since each case starts from a reset server.
   */
  public static FaultMatrix of(String vendor, WireMockExtension wm, Runnable setUp) {
    return new FaultMatrix(
        Objects.requireNonNull(vendor), Objects.requireNonNull(wm), Objects.requireNonNull(setUp));
  }

  /**
   * Adds a read: {@code request} matches it, {@code success} is its good answer ({@code body} being
   * that answer's body, cut for the truncated case), {@code call} makes it.
   */
  public FaultMatrix read(
      String name,
      Supplier<MappingBuilder> request,
      String contentType,
      String body,
      Callable<?> call) {
    operations.add(new Operation(name, null, true, request, contentType, body, call));
    return this;
  }

  /**
   * Adds a create or other write to {@code path}. When {@code idempotent} is false, a request that
   * may have reached the server must be sent exactly once.
   */
  public FaultMatrix write(
      String name,
      String path,
      boolean idempotent,
      Supplier<MappingBuilder> request,
      String contentType,
      String body,
      Callable<?> call) {
    operations.add(new Operation(name, path, idempotent, request, contentType, body, call));
    return this;
  }

  /**
   * Stubs {@code request} to answer {@code failure} once, then {@code success}: the building block
   * of the "once" cases, for tests that assert one case by hand.
   */
  public static void failOnceThen(
      WireMockExtension wm,
      Supplier<MappingBuilder> request,
      ResponseDefinitionBuilder failure,
      ResponseDefinitionBuilder success) {
    String scenario = "fault-" + SCENARIOS.incrementAndGet();
    wm.stubFor(
        request
            .get()
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(failure)
            .willSetStateTo("recovered"));
    wm.stubFor(
        request.get().inScenario(scenario).whenScenarioStateIs("recovered").willReturn(success));
  }

  /** Returns one test per operation, fault and duration (once, lasting). */
  public Stream<DynamicTest> tests() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation op : operations) {
      for (Kind kind : Kind.values()) {
        for (boolean lasting : new boolean[] {false, true}) {
          String name =
              vendor + " " + op.name + " × " + kind + (lasting ? " (lasting)" : " (once)");
          tests.add(DynamicTest.dynamicTest(name, () -> run(op, kind, lasting)));
        }
      }
    }
    return tests.stream();
  }

  /** Returns the number of cases {@link #tests()} yields. */
  public int size() {
    return operations.size() * Kind.values().length * 2;
  }

  private void run(Operation op, Kind kind, boolean lasting) {
    wm.resetAll();
    setUp.run();
    ResponseDefinitionBuilder good =
        aResponse().withStatus(200).withHeader("Content-Type", op.contentType).withBody(op.body);
    ResponseDefinitionBuilder bad = kind.answer(op.body);
    if (lasting) {
      wm.stubFor(op.request.get().willReturn(bad));
    } else {
      failOnceThen(wm, op.request, bad, good);
    }

    Throwable failure = assertTimeoutPreemptively(HANG_GUARD, () -> attempt(op.call));

    if (failure != null) {
      assertThat(failure)
          .as("%s %s %s: only typed ApiExceptions may escape", vendor, op.name, kind)
          .isInstanceOf(ApiException.class);
      assertThat(failure.toString()).doesNotContain("Exception: null");
    }
    boolean retryable = kind != Kind.TRUNCATED_BODY;
    // A bodiless answer (HEAD) is complete once its status line arrived: garbage after it is moot.
    boolean bodyMatters = !op.body.isEmpty() || kind != Kind.MALFORMED_CHUNK;
    if (lasting && retryable && bodyMatters) {
      assertThat(failure)
          .as("%s %s fails loudly on a lasting %s", vendor, op.name, kind)
          .isNotNull();
    }
    if (op.path == null && !lasting && retryable) {
      assertThat(failure).as("%s %s recovers from one %s", vendor, op.name, kind).isNull();
    }
    if (op.path != null && !op.idempotent && !kind.notProcessed()) {
      long sent =
          wm.getAllServeEvents().stream()
              .filter(e -> e.getRequest().getUrl().split("\\?", 2)[0].endsWith(op.path))
              .count();
      assertThat(sent).as("%s %s after %s is sent once", vendor, op.name, kind).isEqualTo(1);
    }
  }

  private static Throwable attempt(Callable<?> call) {
    try {
      call.call();
      return null;
    } catch (CompletionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
  }

  private static final class Operation {
    final String name;
    final String path;
    final boolean idempotent;
    final Supplier<MappingBuilder> request;
    final String contentType;
    final String body;
    final Callable<?> call;

    Operation(
        String name,
        String path,
        boolean idempotent,
        Supplier<MappingBuilder> request,
        String contentType,
        String body,
        Callable<?> call) {
      this.name = name;
      this.path = path;
      this.idempotent = idempotent;
      this.request = request;
      this.contentType = contentType;
      this.body = body;
      this.call = call;
    }
  }
}
