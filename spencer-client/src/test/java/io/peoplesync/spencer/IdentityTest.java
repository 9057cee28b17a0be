package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.peoplesync.spencer.SpencerFixtures.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OAuth2 client-credentials flow as the Spencer client uses it. */
class IdentityTest {
  private static final String TOKEN_PATH = "/auth/oauth2/realms/root/realms/acme/access_token";
  private static final String CLIENT_ID = "acme-hr-sync";
  private static final String SECRET = "s3cr3t-client-value-42";
  private static final String TOKEN_1 = "access-token-one-5f2a";
  private static final String TOKEN_2 = "access-token-two-8d1c";

  @RegisterExtension static WireMockExtension wm = SpencerFixtures.wireMock();

  private final ManualClock clock = new ManualClock();
  private ExecutorService pool;

  @AfterEach
  void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private SpencerClient.Builder builder() {
    return SpencerClient.builder()
        .baseUri(URI.create(wm.baseUrl() + API))
        .tokenUri(URI.create(wm.baseUrl() + TOKEN_PATH))
        .clientCredentials(CLIENT_ID, SECRET)
        .clock(clock)
        .retryPolicy(RetryPolicy.none());
  }

  private static String tokenJson(String token, long expiresIn) {
    return "{\"access_token\":\""
        + token
        + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn
        + ",\"scope\":\"integration\"}";
  }

  private static void stubTokens() {
    wm.stubFor(
        post(TOKEN_PATH)
            .inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(tokenJson(TOKEN_1, 3600)))
            .willSetStateTo("second"));
    wm.stubFor(
        post(TOKEN_PATH)
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(okJson(tokenJson(TOKEN_2, 3600))));
  }

  private static void stubUserExists() {
    wm.stubFor(head(urlEqualTo(API + "/users/E-1")).willReturn(aResponse().withStatus(200)));
  }

  @Test
  void requestsAClientCredentialsTokenFormEncodedAndSendsItAsBearer() {
    stubTokens();
    stubUserExists();

    assertThat(builder().build().users().exists("E-1")).isTrue();

    wm.verify(
        postRequestedFor(urlEqualTo(TOKEN_PATH))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo(
                    "grant_type=client_credentials&client_id="
                        + CLIENT_ID
                        + "&client_secret="
                        + SECRET)));
    wm.verify(
        headRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
  }

  @Test
  void sharesOneTokenFetchAcrossTwentyConcurrentBlockingCalls() throws Exception {
    wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson(TOKEN_1, 3600)).withFixedDelay(150)));
    stubUserExists();
    SpencerClient spencer = builder().build();
    pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);

    List<Future<Boolean>> calls =
        IntStream.range(0, 20)
            .mapToObj(
                i ->
                    pool.submit(
                        () -> {
                          start.await();
                          return spencer.users().exists("E-1");
                        }))
            .collect(Collectors.toList());
    start.countDown();
    for (Future<Boolean> f : calls) {
      assertThat(f.get()).isTrue();
    }

    wm.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    wm.verify(
        20,
        headRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
  }

  @Test
  void sharesOneTokenFetchAcrossTwentyConcurrentAsyncCalls() {
    wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson(TOKEN_1, 3600)).withFixedDelay(150)));
    stubUserExists();
    SpencerClient spencer = builder().build();

    List<CompletableFuture<Boolean>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(spencer.users().existsAsync("E-1"));
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();

    assertThat(calls).allMatch(CompletableFuture::join);
    wm.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    wm.verify(
        20,
        headRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
  }

  @Test
  void refreshesTheTokenWhenItExpiresOnTheInjectedClock() {
    stubTokens();
    stubUserExists();
    UsersApi users = builder().build().users();

    users.exists("E-1");
    clock.advance(Duration.ofMinutes(58));
    users.exists("E-1");
    clock.advance(Duration.ofMinutes(2));
    users.exists("E-1");

    wm.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    wm.verify(
        2,
        headRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
    wm.verify(
        1,
        headRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_2)));
  }

  @Test
  void refreshesTheTokenOnceAfterA401AndReplaysTheCall() {
    stubTokens();
    wm.stubFor(
        get(API + "/users/E-1")
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1))
            .willReturn(unauthorized()));
    wm.stubFor(
        get(API + "/users/E-1")
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_2))
            .willReturn(okJson("{\"external_id\":\"E-1\"}")));

    SpencerUser u = builder().build().users().get("E-1");

    assertThat(u.externalId()).isEqualTo("E-1");
    wm.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    wm.verify(2, getRequestedFor(urlEqualTo(API + "/users/E-1")));
  }

  @Test
  void givesUpWithAuthenticationExceptionWhenTheFreshTokenIsRejectedToo() {
    stubTokens();
    wm.stubFor(get(API + "/users/E-1").willReturn(unauthorized()));

    assertThatThrownBy(() -> builder().build().users().getAsync("E-1").join())
        .hasCauseInstanceOf(AuthenticationException.class);

    wm.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    wm.verify(2, getRequestedFor(urlEqualTo(API + "/users/E-1")));
  }

  @Test
  void sendsAStaticAccessTokenAndNeverFetchesOne() {
    wm.stubFor(
        get(API + "/users/E-1")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"token " + SpencerFixtures.TOKEN + " expired\"}")));

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class, () -> SpencerFixtures.client(wm).users().get("E-1"));

    assertThat(e.vendorMessage()).contains("token **** expired");
    assertThat(e.body()).doesNotContain(SpencerFixtures.TOKEN);
    assertThat(e).hasMessageNotContaining(SpencerFixtures.TOKEN);

    wm.verify(
        1,
        getRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + SpencerFixtures.TOKEN)));
  }

  @Test
  void keepsTheSecretAndTokensOutOfLogsMessagesAndToString() {
    wm.stubFor(
        post(TOKEN_PATH)
            .inScenario("leak")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(tokenJson(TOKEN_1, 3600)))
            .willSetStateTo("broken"));
    wm.stubFor(
        post(TOKEN_PATH)
            .inScenario("leak")
            .whenScenarioStateIs("broken")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"secret "
                            + SECRET
                            + " revoked\"}")));
    wm.stubFor(
        get(API + "/users/E-1")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"token " + TOKEN_1 + " expired\"}")));
    SpencerClient.Builder builder = builder();
    SpencerClient spencer = builder.build();
    List<String> texts = new ArrayList<>();

    try (LogCapture logs = LogCapture.start()) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> spencer.users().get("E-1"));
      texts.add(e.getMessage());
      texts.add(e.body());
      texts.add(String.valueOf(e.vendorMessage()));
      texts.add(e.toString());
      texts.add(logs.text());
      assertThat(logs.lines()).isNotEmpty();
    }
    texts.add(spencer.toString());
    texts.add(builder.toString());

    assertThat(texts).noneMatch(t -> t.contains(SECRET) || t.contains(TOKEN_1));
    wm.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void rawCallsUseTheSameBearerToken() {
    stubTokens();
    wm.stubFor(get(API + "/users/E-1/devices").willReturn(okJson("[]")));

    String body =
        builder().build().raw().send(HttpMethod.GET, "/users/E-1/devices", Optional.empty()).body();

    assertThat(body).isEqualTo("[]");
    wm.verify(
        getRequestedFor(urlEqualTo(API + "/users/E-1/devices"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_1)));
  }
}
