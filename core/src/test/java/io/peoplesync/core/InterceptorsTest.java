package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterceptorsTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final RecordingDelayer delayer = new RecordingDelayer();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  /** 503, 503, then 200: three attempts for one call. */
  private void twoFailuresThenSuccess() {
    wm.stubFor(
        get("/users/ann")
            .inScenario("retry")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("second"));
    wm.stubFor(
        get("/users/ann")
            .inScenario("retry")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2"))
            .willSetStateTo("third"));
    wm.stubFor(
        get("/users/ann")
            .inScenario("retry")
            .whenScenarioStateIs("third")
            .willReturn(okJson("{\"external_id\":\"ann\"}")));
  }

  private FakeVendorClient.Builder builder() {
    return FakeVendorClient.builder().baseUri(URI.create(wm.baseUrl())).delayer(delayer);
  }

  private Interceptor recording(String slot, String header) {
    return chain -> {
      InterceptedRequest r = chain.request();
      seen.add(slot + " " + r.endpoint().name() + " attempt " + r.attempt());
      return chain.proceed(r.withHeader(header, slot + "-" + r.attempt()));
    };
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void perCallInterceptorSeesOneCallAndNetworkInterceptorSeesEachAttempt(Mode mode) {
    twoFailuresThenSuccess();
    FakeVendorClient client =
        builder()
            .addInterceptor(recording("call", "X-Call"))
            .addNetworkInterceptor(recording("net", "X-Attempt"))
            .build();

    mode.call(() -> client.get("ann"), () -> client.getAsync("ann"));

    assertThat(seen)
        .containsExactly(
            "call fake.users.get attempt 1",
            "net fake.users.get attempt 1",
            "net fake.users.get attempt 2",
            "net fake.users.get attempt 3");
    List<LoggedRequest> wire = wm.findAll(getRequestedFor(urlEqualTo("/users/ann")));
    assertThat(wire).hasSize(3);
    assertThat(wire).allSatisfy(r -> assertThat(r.getHeader("X-Call")).isEqualTo("call-1"));
    assertThat(wire.stream().map(r -> r.getHeader("X-Attempt")).collect(Collectors.toList()))
        .containsExactly("net-1", "net-2", "net-3");
  }

  @Test
  void interceptorsRunInTheOrderAddedAndSeeTheResponseStatus() {
    wm.stubFor(get("/users/ann").willReturn(okJson("{\"external_id\":\"ann\"}")));
    FakeVendorClient client =
        builder()
            .addInterceptor(
                chain -> {
                  seen.add("first");
                  return chain
                      .proceed(chain.request())
                      .thenApply(
                          r -> {
                            seen.add("first saw " + r.statusCode());
                            return r;
                          });
                })
            .addInterceptor(
                chain -> {
                  seen.add("second");
                  return chain.proceed(chain.request());
                })
            .build();

    client.get("ann");

    assertThat(seen).containsExactly("first", "second", "first saw 200");
  }

  @Test
  void anInterceptorMustReturnTheResponseItsChainProduced() {
    wm.stubFor(get("/users/ann").willReturn(okJson("{\"external_id\":\"ann\"}")));
    FakeVendorClient client =
        builder()
            .addInterceptor(
                chain ->
                    chain
                        .proceed(chain.request())
                        .thenApply(r -> new InterceptedResponse(200, r.headers(), 0)))
            .build();

    assertThatThrownBy(() -> client.get("ann"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must return the response its chain.proceed(...) produced");
  }

  @Test
  void anInterceptorThatFailsFailsTheCallBeforeAnythingIsSent() {
    FakeVendorClient client =
        builder()
            .addInterceptor(
                chain -> CompletableFuture.failedFuture(new IllegalStateException("refused")))
            .build();

    assertThatThrownBy(() -> client.get("ann")).hasMessage("refused");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listenerSeesCallAttemptsAndRetryReasons(Mode mode) {
    twoFailuresThenSuccess();
    RecordingListener events = new RecordingListener();
    FakeVendorClient client = builder().listener(events).build();

    mode.call(() -> client.get("ann"), () -> client.getAsync("ann"));

    assertThat(events.lines)
        .containsExactly(
            "callStart fake/fake.users.get GET",
            "attempt 1 503 SERVER_ERROR",
            "retry after 1: status 503",
            "attempt 2 503 SERVER_ERROR",
            "retry after 2: status 503 wait PT2S",
            "attempt 3 200 SUCCESS",
            "callEnd 200 SUCCESS");
    assertThat(delayer.delays()).hasSize(2).endsWith(Duration.ofSeconds(2));
  }

  @Test
  void listenerSeesATransportFailureAsTheCallsOutcome() {
    RecordingListener events = new RecordingListener();
    FakeVendorClient client =
        FakeVendorClient.builder()
            .baseUri(URI.create("http://127.0.0.1:1"))
            .retryPolicy(RetryPolicy.none())
            .listener(events)
            .build();

    assertThatThrownBy(() -> client.get("ann")).isInstanceOf(ApiTransportException.class);

    assertThat(events.ends)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).contains(CallOutcome.TRANSPORT_ERROR);
              assertThat(e.statusCode()).isEmpty();
              assertThat(e.failure()).contains("ApiTransportException");
            });
  }

  @Test
  void aFailingListenerDoesNotBreakTheCall() {
    wm.stubFor(get("/users/ann").willReturn(okJson("{\"external_id\":\"ann\"}")));
    RecordingListener events = new RecordingListener();
    FakeVendorClient client =
        builder()
            .addListener(
                new EventListener() {
                  @Override
                  public void callStart(CallEvent event) {
                    throw new IllegalStateException("listener bug");
                  }
                })
            .addListener(events)
            .build();

    assertThat(client.get("ann").externalId()).isEqualTo("ann");
    assertThat(events.lines).contains("callEnd 200 SUCCESS");
  }

  @Test
  void aClientWithoutInterceptorsOrListenersRunsOnlyTheBuiltInStages() {
    wm.stubFor(
        get("/users/ann")
            .withHeader("Accept-Encoding", equalTo("gzip, deflate"))
            .willReturn(okJson("{\"external_id\":\"ann\"}")));

    assertThat(builder().build().get("ann").externalId()).isEqualTo("ann");
  }

  /** Records events as short lines, in order. */
  static final class RecordingListener implements EventListener {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<CallEvent> ends = new CopyOnWriteArrayList<>();
    final List<Object> all = new CopyOnWriteArrayList<>();

    @Override
    public void callStart(CallEvent e) {
      all.add(e);
      lines.add(
          "callStart " + e.vendor() + "/" + e.endpoint().name() + " " + e.endpoint().method());
    }

    @Override
    public void callEnd(CallEvent e) {
      all.add(e);
      ends.add(e);
      lines.add(
          "callEnd "
              + (e.statusCode().isPresent() ? e.statusCode().getAsInt() : "-")
              + " "
              + e.outcome().orElseThrow());
    }

    @Override
    public void attempt(CallEvent e) {
      all.add(e);
      lines.add(
          "attempt "
              + e.attempt()
              + " "
              + (e.statusCode().isPresent() ? e.statusCode().getAsInt() : "-")
              + " "
              + e.outcome().orElseThrow());
    }

    @Override
    public void retry(RetryEvent e) {
      all.add(e);
      lines.add(
          "retry after "
              + e.failedAttempt()
              + ": "
              + e.reason()
              + (e.failedAttempt() == 2 ? " wait " + e.delay() : ""));
    }

    @Override
    public void tokenRefresh(TokenEvent e) {
      all.add(e);
      lines.add("token " + e.grant() + " " + (e.succeeded() ? "ok" : e.failure().orElseThrow()));
    }
  }
}
