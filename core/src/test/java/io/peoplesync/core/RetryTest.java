package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.testing.ManualClock;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final ManualClock clock = new ManualClock();
  private final RecordingDelayer delayer = new RecordingDelayer(clock);
  private static final FakeUser ANN = FakeUser.builder().externalId("ann").build();

  private FakeVendorClient client(RetryPolicy policy) {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .retryPolicy(policy)
        .clock(clock)
        .delayer(delayer)
        .build();
  }

  private FakeVendorClient client() {
    return client(RetryPolicy.builder().maxAttempts(3).jitter(0).build());
  }

  private void failThenSucceed(String url, boolean post, ResponseDefinitionBuilder failure) {
    MappingBuilder first = post ? post(url) : get(url);
    MappingBuilder second = post ? post(url) : get(url);
    wm.stubFor(
        first
            .inScenario("s")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(failure)
            .willSetStateTo("ok"));
    wm.stubFor(
        second
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"external_id\":\"ann\"}")));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retriesTransientStatusesOfIdempotentCalls(int status) {
    failThenSucceed("/users/ann", false, aResponse().withStatus(status));

    assertThat(client().get("ann").externalId()).isEqualTo("ann");

    wm.verify(2, getRequestedFor(urlEqualTo("/users/ann")));
    assertThat(delayer.delays()).containsExactly(Duration.ofMillis(200));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 501, 505})
  void doesNotRetryOtherStatuses(int status) {
    wm.stubFor(get("/users/ann").willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> client().get("ann")).isInstanceOf(ApiResponseException.class);

    wm.verify(1, getRequestedFor(urlEqualTo("/users/ann")));
    assertThat(delayer.delays()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void honoursRetryAfterSeconds(Mode mode) {
    failThenSucceed(
        "/users/ann", false, aResponse().withStatus(503).withHeader("Retry-After", "7"));
    FakeVendorClient c = client();

    mode.call(() -> c.get("ann"), () -> c.getAsync("ann"));

    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void honoursRetryAfterAsHttpDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
    failThenSucceed(
        "/users/ann", false, aResponse().withStatus(429).withHeader("Retry-After", date));

    client().get("ann");

    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void honoursRateLimitResetEpochSeconds() {
    long reset = clock.instant().getEpochSecond() + 9;
    failThenSucceed(
        "/users/ann",
        false,
        aResponse().withStatus(429).withHeader("X-Ratelimit-Reset", Long.toString(reset)));

    client().get("ann");

    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void ignoresGarbageRetryAfterAndBacksOffExponentially() {
    wm.stubFor(
        get("/users/ann")
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "soon-ish")));

    assertThatThrownBy(
            () -> client(RetryPolicy.builder().maxAttempts(4).jitter(0).build()).get("ann"))
        .isInstanceOf(ServerException.class);

    wm.verify(4, getRequestedFor(urlEqualTo("/users/ann")));
    assertThat(delayer.delays())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
  }

  @Test
  void givesUpAtOnceWhenTheServerAsksForMoreThanTheCap() {
    wm.stubFor(
        get("/users/ann")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    assertThatThrownBy(() -> client().get("ann"))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));

    wm.verify(1, getRequestedFor(urlEqualTo("/users/ann")));
  }

  @Test
  void stopsWhenTheTotalTimeBudgetIsSpent() {
    wm.stubFor(
        get("/users/ann").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "40")));

    assertThatThrownBy(
            () ->
                client(
                        RetryPolicy.builder()
                            .maxAttempts(10)
                            .maxElapsed(Duration.ofSeconds(100))
                            .build())
                    .get("ann"))
        .isInstanceOf(ServerException.class);

    wm.verify(3, getRequestedFor(urlEqualTo("/users/ann")));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void neverRetriesANonIdempotentPostThatReachedTheServer(int status) {
    wm.stubFor(post("/users").willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> client().create(ANN)).isInstanceOf(ApiResponseException.class);

    wm.verify(1, postRequestedFor(urlEqualTo("/users")));
  }

  @Test
  void neverRetriesANonIdempotentPostAfterAConnectionReset() {
    wm.stubFor(post("/users").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client().create(ANN))
        .isInstanceOfSatisfying(
            ApiTransportException.class, e -> assertThat(e.mayHaveReachedServer()).isTrue())
        .hasMessageStartingWith("POST /users [fake.users.create]");

    wm.verify(1, postRequestedFor(urlEqualTo("/users")));
  }

  @Test
  void retriesAnIdempotentPostAfterAConnectionReset() {
    failThenSucceed("/users/upsert", true, aResponse().withFault(Fault.EMPTY_RESPONSE));

    client().upsert(ANN);

    wm.verify(2, postRequestedFor(urlEqualTo("/users/upsert")));
  }

  @Test
  void retriesA429EvenForANonIdempotentPost() {
    failThenSucceed("/users", true, aResponse().withStatus(429).withHeader("Retry-After", "1"));

    client().create(ANN);

    wm.verify(2, postRequestedFor(urlEqualTo("/users")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesAPostThatNeverConnected(Mode mode) throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    FakeVendorClient c =
        FakeVendorClient.builder()
            .baseUri(URI.create("http://127.0.0.1:" + closedPort))
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).jitter(0).build())
            .clock(clock)
            .delayer(delayer)
            .build();

    assertThatThrownBy(() -> mode.call(() -> c.create(ANN), () -> c.createAsync(ANN)))
        .isInstanceOfSatisfying(
            ApiTransportException.class, e -> assertThat(e.mayHaveReachedServer()).isFalse())
        .hasMessage("POST /users [fake.users.create] could not connect");
    assertThat(delayer.delays()).hasSize(2);
  }

  @Test
  void timesOutAsATransportFailureThatMayHaveReachedTheServer() {
    wm.stubFor(get("/users/ann").willReturn(okJson("{}").withFixedDelay(2000)));
    FakeVendorClient c =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .retryPolicy(RetryPolicy.none())
            .requestTimeout(Duration.ofMillis(100))
            .build();

    assertThatThrownBy(() -> c.get("ann"))
        .isInstanceOfSatisfying(
            ApiTransportException.class, e -> assertThat(e.mayHaveReachedServer()).isTrue())
        .hasMessageContaining("timed out");
  }

  @Test
  void anInterruptedWaitEndsTheCallAsATransportFailure() {
    wm.stubFor(get("/users/ann").willReturn(aResponse().withStatus(503)));
    FakeVendorClient c =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .delayer((d, async) -> CompletableFuture.failedFuture(new InterruptedException()))
            .build();

    assertThatThrownBy(() -> c.get("ann"))
        .isInstanceOf(ApiTransportException.class)
        .hasMessage("GET /users/{userId} [fake.users.get] was interrupted while waiting to retry")
        .hasCauseInstanceOf(InterruptedException.class);
    wm.verify(1, getRequestedFor(urlEqualTo("/users/ann")));
  }

  @Test
  void noneMeansOneAttempt() {
    wm.stubFor(get("/users/ann").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client(RetryPolicy.none()).get("ann"))
        .isInstanceOf(ServerException.class);

    wm.verify(1, getRequestedFor(urlEqualTo("/users/ann")));
  }
}
