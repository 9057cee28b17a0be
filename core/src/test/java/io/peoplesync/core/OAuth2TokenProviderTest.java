package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.auth.OAuth2TokenProvider;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.spi.BearerTokenAuth;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuth2TokenProviderTest {
  private static final String CLIENT_SECRET = "client-secret-value-123";
  private static final String TOKEN_1 = "access-token-number-one";
  private static final String TOKEN_2 = "access-token-number-two";
  private static final String REFRESH_1 = "refresh-token-first-xyz";
  private static final String REFRESH_2 = "refresh-token-second-xyz";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(64))
          .failOnUnmatchedRequests(true)
          .build();

  private final ManualClock clock = new ManualClock();
  private ExecutorService pool;

  @AfterEach
  void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private ClientOptions options() {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .clock(clock)
        .retryPolicy(RetryPolicy.none())
        .options();
  }

  private OAuth2TokenProvider clientCredentials() {
    return OAuth2TokenProvider.clientCredentials(
        options(),
        URI.create(wm.baseUrl() + "/realms/acme/access_token"),
        "client-1",
        CLIENT_SECRET,
        Optional.empty());
  }

  private FakeVendorClient client(OAuth2TokenProvider tokens) {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .clock(clock)
        .retryPolicy(RetryPolicy.none())
        .auth(new BearerTokenAuth(tokens))
        .build();
  }

  private static String tokenBody(String token, long expiresIn) {
    return "{\"access_token\":\""
        + token
        + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn
        + "}";
  }

  private void stubTokenOneThenTokenTwo() {
    wm.stubFor(
        post("/realms/acme/access_token")
            .inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(tokenBody(TOKEN_1, 3600)))
            .willSetStateTo("second"));
    wm.stubFor(
        post("/realms/acme/access_token")
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(okJson(tokenBody(TOKEN_2, 3600))));
  }

  private void stubUser() {
    wm.stubFor(get("/users/u").willReturn(okJson("{\"external_id\":\"u\"}")));
  }

  @Test
  void requestsClientCredentialsTokenFormEncodedAndUsesItAsBearer() {
    wm.stubFor(post("/realms/acme/access_token").willReturn(okJson(tokenBody(TOKEN_1, 3600))));
    stubUser();

    client(clientCredentials()).get("u");

    wm.verify(
        postRequestedFor(urlEqualTo("/realms/acme/access_token"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo(
                    "grant_type=client_credentials&client_id=client-1&client_secret="
                        + CLIENT_SECRET)));
    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
  }

  @Test
  void fetchesNothingUntilFirstUse() {
    clientCredentials();

    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void sharesOneTokenRequestAcrossFiftyConcurrentBlockingCalls() throws Exception {
    wm.stubFor(
        post("/realms/acme/access_token")
            .willReturn(okJson(tokenBody(TOKEN_1, 3600)).withFixedDelay(200)));
    stubUser();
    FakeVendorClient c = client(clientCredentials());
    pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);

    List<Future<FakeUser>> results =
        IntStream.range(0, 50)
            .mapToObj(
                i ->
                    pool.submit(
                        () -> {
                          start.await();
                          return c.get("u");
                        }))
            .collect(Collectors.toList());
    start.countDown();
    for (Future<FakeUser> f : results) {
      assertThat(f.get().externalId()).isEqualTo("u");
    }

    wm.verify(1, postRequestedFor(urlEqualTo("/realms/acme/access_token")));
    wm.verify(
        50,
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
  }

  @Test
  void sharesOneTokenRequestAcrossFiftyConcurrentAsyncCalls() {
    wm.stubFor(
        post("/realms/acme/access_token")
            .willReturn(okJson(tokenBody(TOKEN_1, 3600)).withFixedDelay(200)));
    stubUser();
    FakeVendorClient c = client(clientCredentials());

    List<CompletableFuture<FakeUser>> calls =
        IntStream.range(0, 50).mapToObj(i -> c.getAsync("u")).collect(Collectors.toList());
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();

    wm.verify(1, postRequestedFor(urlEqualTo("/realms/acme/access_token")));
    wm.verify(50, getRequestedFor(urlEqualTo("/users/u")));
  }

  @Test
  void refreshesShortlyBeforeExpiry() {
    stubTokenOneThenTokenTwo();
    stubUser();
    FakeVendorClient c = client(clientCredentials());

    c.get("u");
    clock.advance(Duration.ofSeconds(3600 - 61));
    c.get("u");
    clock.advance(Duration.ofSeconds(2));
    c.get("u");
    c.get("u");

    wm.verify(2, postRequestedFor(urlEqualTo("/realms/acme/access_token")));
    wm.verify(
        2,
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
    wm.verify(
        2,
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_2)));
  }

  @Test
  void refreshesOnceAndReplaysOnceAfter401() {
    stubTokenOneThenTokenTwo();
    wm.stubFor(
        get("/users/u")
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1))
            .willReturn(unauthorized()));
    wm.stubFor(
        get("/users/u")
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_2))
            .willReturn(okJson("{\"external_id\":\"u\"}")));

    FakeUser u = client(clientCredentials()).get("u");

    assertThat(u.externalId()).isEqualTo("u");
    wm.verify(2, postRequestedFor(urlEqualTo("/realms/acme/access_token")));
    wm.verify(2, getRequestedFor(urlEqualTo("/users/u")));
  }

  @Test
  void givesUpAfterOneReplayWhenTheNewTokenIsRejectedToo() {
    wm.stubFor(post("/realms/acme/access_token").willReturn(okJson(tokenBody(TOKEN_1, 3600))));
    wm.stubFor(get("/users/u").willReturn(unauthorized()));

    assertThatThrownBy(() -> client(clientCredentials()).getAsync("u").join())
        .hasCauseInstanceOf(AuthenticationException.class);
    wm.verify(2, postRequestedFor(urlEqualTo("/realms/acme/access_token")));
    wm.verify(2, getRequestedFor(urlEqualTo("/users/u")));
  }

  @Test
  void usesRefreshTokenGrantAndRotatesTheRefreshToken() {
    OAuth2TokenProvider tokens =
        OAuth2TokenProvider.refreshToken(
            options(),
            URI.create(wm.baseUrl() + "/api/oauth2/token"),
            "client-1",
            Optional.of(CLIENT_SECRET),
            REFRESH_1);
    wm.stubFor(
        post("/api/oauth2/token")
            .withRequestBody(
                equalTo(
                    "grant_type=refresh_token&refresh_token="
                        + REFRESH_1
                        + "&client_id=client-1&client_secret="
                        + CLIENT_SECRET))
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + TOKEN_1
                        + "\",\"expires_in\":60,\"refresh_token\":\""
                        + REFRESH_2
                        + "\"}")));
    wm.stubFor(
        post("/api/oauth2/token")
            .withRequestBody(
                equalTo(
                    "grant_type=refresh_token&refresh_token="
                        + REFRESH_2
                        + "&client_id=client-1&client_secret="
                        + CLIENT_SECRET))
            .willReturn(okJson(tokenBody(TOKEN_2, 60))));
    stubUser();
    FakeVendorClient c = client(tokens);

    c.get("u");
    clock.advance(Duration.ofSeconds(31));
    c.get("u");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_2)));
    assertThat(tokens.toString()).doesNotContain(CLIENT_SECRET).doesNotContain(REFRESH_1);
  }

  @Test
  void tokenWithoutExpiryIsKeptUntilRejected() {
    wm.stubFor(
        post("/realms/acme/access_token")
            .willReturn(okJson("{\"access_token\":\"" + TOKEN_1 + "\"}")));
    stubUser();
    FakeVendorClient c = client(clientCredentials());

    c.get("u");
    clock.advance(Duration.ofDays(30));
    c.get("u");

    wm.verify(1, postRequestedFor(urlEqualTo("/realms/acme/access_token")));
  }

  @Test
  void tokenEndpointErrorsAreMappedWithTheOAuthErrorCodeAndNoSecrets() {
    wm.stubFor(
        post("/realms/acme/access_token")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
                            + CLIENT_SECRET
                            + "\"}")));

    try (LogCapture logs = LogCapture.start()) {
      assertThatThrownBy(() -> client(clientCredentials()).get("u"))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.vendorCode()).contains("invalid_client");
                assertThat(e.vendorMessage()).contains("bad secret ****");
                assertThat(e.body()).doesNotContain(CLIENT_SECRET);
                assertThat(e.getMessage())
                    .isEqualTo("POST (base URI) -> 401 Unauthorized [oauth2.token]");
              });
      assertThat(logs.text()).contains("oauth2.token").doesNotContain(CLIENT_SECRET);
    }
  }

  @Test
  void responseWithoutAccessTokenIsASerializationError() {
    wm.stubFor(post("/realms/acme/access_token").willReturn(okJson("{\"token_type\":\"Bearer\"}")));

    assertThatThrownBy(() -> client(clientCredentials()).get("u"))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageContaining("no access_token");
  }

  @Test
  void rejectsBlankCredentialsNamingThem() {
    assertThatThrownBy(
            () ->
                OAuth2TokenProvider.clientCredentials(
                    options(), URI.create(wm.baseUrl()), " ", "x", Optional.empty()))
        .hasMessage("clientId must not be blank");
    assertThatThrownBy(
            () ->
                OAuth2TokenProvider.clientCredentials(
                    options(), URI.create(wm.baseUrl()), "id", "", Optional.empty()))
        .hasMessage("clientSecret must not be blank");
  }

  @Test
  void fortyEightThreadsSharingAClientWhoseTokenIsAlwaysRejectedAllFinish() throws Exception {
    wm.stubFor(post("/realms/acme/access_token").willReturn(okJson(tokenBody(TOKEN_1, 3600))));
    wm.stubFor(get("/users/u").willReturn(unauthorized()));
    FakeVendorClient client = client(clientCredentials());
    pool = Executors.newFixedThreadPool(48);
    CountDownLatch start = new CountDownLatch(1);

    List<Future<Throwable>> results =
        IntStream.range(0, 48)
            .mapToObj(
                i ->
                    pool.submit(
                        () -> {
                          start.await();
                          try {
                            if (i % 2 == 0) {
                              client.get("u");
                            } else {
                              client.getAsync("u").join();
                            }
                            return (Throwable) null;
                          } catch (RuntimeException e) {
                            return e instanceof CompletionException ? e.getCause() : e;
                          }
                        }))
            .collect(Collectors.toList());
    start.countDown();

    for (Future<Throwable> result : results) {
      // A stranded waiter would hang here; the bound only turns a hang into a failure.
      assertThat(result.get(60, TimeUnit.SECONDS)).isInstanceOf(AuthenticationException.class);
    }
  }
}
