package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.auth.OAuth2TokenProvider;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.spi.AuthStrategy;
import io.peoplesync.core.spi.BearerTokenAuth;
import io.peoplesync.core.spi.BodyApiKeyAuth;
import io.peoplesync.core.spi.HeaderTokenAuth;
import io.peoplesync.core.spi.QueryApiKeyAuth;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No secret of any auth strategy reaches an interceptor (either slot) or a listener. */
class InterceptorSecretsTest {
  private static final String SECRET = "s3cr3t-Key+/=&value";
  private static final String CLIENT_SECRET = "client-Secret-9q8w";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final List<String> seen = new CopyOnWriteArrayList<>();

  private Interceptor spy(String slot) {
    return chain -> {
      InterceptedRequest r = chain.request();
      seen.add(slot + " " + r + " " + r.uri() + " " + r.headers() + " " + r.addedHeaders());
      return chain
          .proceed(r.withHeader("X-Slot-" + slot, "yes"))
          .thenApply(
              response -> {
                seen.add(slot + " " + response + " " + response.headers());
                return response;
              });
    };
  }

  private final EventListener listener =
      new EventListener() {
        @Override
        public void callStart(CallEvent event) {
          seen.add(event.toString());
        }

        @Override
        public void callEnd(CallEvent event) {
          seen.add(event.toString());
        }

        @Override
        public void attempt(CallEvent event) {
          seen.add(event.toString());
        }

        @Override
        public void retry(RetryEvent event) {
          seen.add(event.toString());
        }

        @Override
        public void tokenRefresh(TokenEvent event) {
          seen.add(event.toString() + " " + event.endpoint());
        }
      };

  private FakeVendorClient client(Function<ClientOptions, AuthStrategy> auth) {
    FakeVendorClient.Builder b =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .retryPolicy(RetryPolicy.none())
            .addInterceptor(spy("call"))
            .addNetworkInterceptor(spy("net"))
            .listener(listener);
    return b.auth(auth.apply(b.options())).build();
  }

  private void assertNoSecretSeen(String... secrets) {
    String all = String.join("\n", seen);
    assertThat(seen).isNotEmpty();
    for (String s : secrets) {
      assertThat(all)
          .doesNotContain(s)
          .doesNotContain(URLEncoder.encode(s, StandardCharsets.UTF_8))
          .doesNotContain(s.replace("/", "%2F").replace("+", "%2B"));
    }
  }

  private void stubGet() {
    wm.stubFor(get(urlPathEqualTo("/users/u")).willReturn(okJson("{\"external_id\":\"u\"}")));
  }

  @Test
  void staticBearerTokenIsMaskedForInterceptorsAndNeverInEvents() {
    stubGet();

    client(o -> new BearerTokenAuth(TokenProvider.fixed(SECRET))).get("u");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + SECRET))
            .withHeader("X-Slot-call", equalTo("yes"))
            .withHeader("X-Slot-net", equalTo("yes")));
    assertNoSecretSeen(SECRET);
    assertThat(String.join("\n", seen)).contains("Authorization=[****]");
  }

  @Test
  void oauth2TokenAndClientSecretNeverReachInterceptorsOrListeners() {
    wm.stubFor(
        post("/token")
            .willReturn(okJson("{\"access_token\":\"" + SECRET + "\",\"expires_in\":3600}")));
    stubGet();

    client(
            o ->
                new BearerTokenAuth(
                    OAuth2TokenProvider.clientCredentials(
                        o,
                        URI.create(wm.baseUrl() + "/token"),
                        "client-1",
                        CLIENT_SECRET,
                        Optional.empty())))
        .get("u");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + SECRET)));
    assertNoSecretSeen(SECRET, CLIENT_SECRET);
    assertThat(seen).anyMatch(s -> s.startsWith("TokenEvent{grant=client_credentials"));
  }

  @Test
  void headerTokenIsMasked() {
    stubGet();

    client(
            o ->
                new HeaderTokenAuth(
                    "Token", Secret.of("token", SECRET), Map.of("X-Application-Id", "app-7")))
        .get("u");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Token " + SECRET)));
    assertNoSecretSeen(SECRET);
    assertThat(String.join("\n", seen)).contains("X-Application-Id=[app-7]");
  }

  @Test
  void springestStyleQueryApiKeyIsMaskedInTheUri() {
    stubGet();

    client(o -> new QueryApiKeyAuth("api_key", Secret.of("apiKey", SECRET))).get("u");

    wm.verify(
        getRequestedFor(urlPathEqualTo("/users/u")).withQueryParam("api_key", equalTo(SECRET)));
    assertNoSecretSeen(SECRET);
    assertThat(String.join("\n", seen)).contains("/users/u?api_key=****");
  }

  @Test
  void ortecStyleBodyApiKeyIsNeverShown() {
    wm.stubFor(post("/users").willReturn(okJson("{\"external_id\":\"u\"}")));
    stubGet();
    FakeVendorClient client =
        client(
            o ->
                BodyApiKeyAuth.builder()
                    .field("feed", "hr-feed")
                    .secretField("apikey", Secret.of("apiKey", SECRET))
                    .build());

    client.create(FakeUser.builder().externalId("u").build());
    client.get("u");

    wm.verify(
        postRequestedFor(urlEqualTo("/users"))
            .withRequestBody(equalToJson("{\"apikey\":\"" + SECRET + "\"}", true, true)));
    wm.verify(
        getRequestedFor(urlPathEqualTo("/users/u")).withQueryParam("apikey", equalTo(SECRET)));
    assertNoSecretSeen(SECRET);
  }
}
