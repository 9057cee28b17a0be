package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.auth.OAuth2TokenProvider;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.spi.AuthStrategy;
import io.peoplesync.core.spi.BearerTokenAuth;
import io.peoplesync.core.spi.BodyApiKeyAuth;
import io.peoplesync.core.spi.HeaderTokenAuth;
import io.peoplesync.core.spi.QueryApiKeyAuth;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.RecordingDelayer;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoggingRedactionTest {
  private static final String SECRET = "top-secret-credential-42";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  static Stream<Arguments> strategies() {
    return Stream.of(
        Arguments.of(
            "bearer",
            (Function<ClientOptions, AuthStrategy>)
                o -> new BearerTokenAuth(TokenProvider.fixed(SECRET))),
        Arguments.of(
            "oauth2",
            (Function<ClientOptions, AuthStrategy>)
                o ->
                    new BearerTokenAuth(
                        OAuth2TokenProvider.clientCredentials(
                            o,
                            URI.create(wm.baseUrl() + "/token"),
                            "id",
                            SECRET,
                            Optional.empty()))),
        Arguments.of(
            "body",
            (Function<ClientOptions, AuthStrategy>)
                o ->
                    BodyApiKeyAuth.builder()
                        .field("feed", "f")
                        .secretField("apikey", Secret.of("apiKey", SECRET))
                        .build()),
        Arguments.of(
            "query",
            (Function<ClientOptions, AuthStrategy>)
                o -> new QueryApiKeyAuth("api_key", Secret.of("apiKey", SECRET))),
        Arguments.of(
            "header",
            (Function<ClientOptions, AuthStrategy>)
                o ->
                    new HeaderTokenAuth(
                        "Token", Secret.of("token", SECRET), Map.of("x-application-id", "app"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strategies")
  void debugLogsShowTheCallButNoSecret(String name, Function<ClientOptions, AuthStrategy> auth) {
    wm.stubFor(
        post("/token")
            .willReturn(okJson("{\"access_token\":\"" + SECRET + "\",\"expires_in\":3600}")));
    wm.stubFor(get(urlPathEqualTo("/users/find")).willReturn(okJson("{\"external_id\":\"u\"}")));
    wm.stubFor(
        post(urlPathEqualTo("/users"))
            .willReturn(
                aResponse().withStatus(400).withBody("{\"message\":\"echo " + SECRET + "\"}")));
    wm.stubFor(
        get(urlPathEqualTo("/users/x"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    FakeVendorClient.Builder builder =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .delayer(new RecordingDelayer());
    FakeVendorClient client = builder.auth(auth.apply(builder.options())).build();

    try (LogCapture logs = LogCapture.start()) {
      client.findByEmail("ann@example.com");
      assertThatThrownBy(() -> client.create(FakeUser.builder().externalId("u").build()))
          .isInstanceOf(BadRequestException.class)
          .satisfies(
              e ->
                  assertThat(e.toString() + ((BadRequestException) e).body())
                      .doesNotContain(SECRET));
      assertThatThrownBy(() -> client.get("x"))
          .isInstanceOf(ApiTransportException.class)
          .hasMessageNotContaining(SECRET);

      assertThat(logs.text())
          .contains(
              "--> GET http://localhost:" + wm.getPort() + "/users/find?email=ann@example.com")
          .contains("<-- 200 GET")
          .contains("<-- 400 POST")
          .contains("<-- failed GET")
          .contains("attempt 3")
          .contains("User-Agent: peoplesync/")
          .doesNotContain(SECRET);
      if (name.equals("query") || name.equals("body")) {
        assertThat(logs.text()).containsPattern("(api_key|apikey)=\\*\\*\\*\\*");
      }
      if (name.equals("bearer") || name.equals("header")) {
        assertThat(logs.text()).contains("Authorization: ****");
      }
    }
    assertThat(client.toString() + builder.options()).doesNotContain(SECRET);
  }
}
