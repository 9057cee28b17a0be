package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.publisher.Wire.ok;
import static io.peoplesync.publisher.Wire.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.AccessToken;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.TokenProvider;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.ManualClock;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.VendorRules;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublisherClientTest {
  private static final String CLIENT_SECRET = "client-secret-91c2";
  private static final String REFRESH = "refresh-token-5d0e";
  private static final String ROTATED = "refresh-token-rotated-77aa";
  private static final String ACCESS_1 = "access-token-one-11";
  private static final String ACCESS_2 = "access-token-two-22";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void refreshesTheAccessTokenWithTheRefreshTokenGrantAndAgainAfterA401(Mode mode) {
    wm.stubFor(
        post(path("/api/oauth2/token"))
            .inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + ACCESS_1
                        + "\",\"expires_in\":3600,"
                        + "\"refresh_token\":\""
                        + ROTATED
                        + "\","
                        + "\"refresh_token_expires_in\":31536000}"))
            .willSetStateTo("rotated"));
    wm.stubFor(
        post(path("/api/oauth2/token"))
            .inScenario("tokens")
            .whenScenarioStateIs("rotated")
            .willReturn(okJson("{\"access_token\":\"" + ACCESS_2 + "\",\"expires_in\":3600}")));
    wm.stubFor(
        get(path("/api/2/users/3"))
            .withHeader("Authorization", equalTo("Bearer " + ACCESS_1))
            .inScenario("user")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(ok("users/get-200", MediaFormat.XML))
            .willSetStateTo("revoked"));
    wm.stubFor(
        get(path("/api/2/users/3"))
            .withHeader("Authorization", equalTo("Bearer " + ACCESS_1))
            .inScenario("user")
            .whenScenarioStateIs("revoked")
            .willReturn(unauthorized()));
    wm.stubFor(
        get(path("/api/2/users/3"))
            .withHeader("Authorization", equalTo("Bearer " + ACCESS_2))
            .willReturn(ok("users/get-200", MediaFormat.XML)));
    UsersApi users =
        Wire.builder(wm, MediaFormat.XML)
            .oauth2("1012", CLIENT_SECRET, REFRESH)
            .clock(new ManualClock())
            .build()
            .users();

    mode.call(() -> users.get("3"), () -> users.getAsync("3"));
    PublisherUser again = mode.call(() -> users.get("3"), () -> users.getAsync("3"));

    assertThat(again.id()).contains("3");
    wm.verify(
        postRequestedFor(urlEqualTo(path("/api/oauth2/token")))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo(
                    "grant_type=refresh_token&refresh_token="
                        + REFRESH
                        + "&client_id=1012&client_secret="
                        + CLIENT_SECRET)));
    wm.verify(
        postRequestedFor(urlEqualTo(path("/api/oauth2/token")))
            .withRequestBody(
                equalTo(
                    "grant_type=refresh_token&refresh_token="
                        + ROTATED
                        + "&client_id=1012&client_secret="
                        + CLIENT_SECRET)));
    wm.verify(2, postRequestedFor(urlEqualTo(path("/api/oauth2/token"))));
    wm.verify(3, getRequestedFor(urlEqualTo(path("/api/2/users/3"))));
  }

  @Test
  void takesTokensFromTheCallersOwnProvider() {
    wm.stubFor(
        get(path("/api/2/users/3"))
            .withHeader("Authorization", equalTo("Bearer from-vault"))
            .willReturn(ok("users/get-200", MediaFormat.JSON)));
    TokenProvider vault =
        new TokenProvider() {
          @Override
          public CompletableFuture<AccessToken> token(boolean async) {
            return CompletableFuture.completedFuture(AccessToken.of("from-vault"));
          }

          @Override
          public Optional<AccessToken> current() {
            return Optional.of(AccessToken.of("from-vault"));
          }
        };

    PublisherUser user =
        Wire.builder(wm, MediaFormat.JSON).tokenProvider(vault).build().users().get("3");

    assertThat(user.email()).isEqualTo("grace.hopper@example.com");
  }

  @Test
  void keepsEverySecretOutOfMessagesToStringsAndLogs() {
    wm.stubFor(
        post(path("/api/oauth2/token"))
            .willReturn(okJson("{\"access_token\":\"" + ACCESS_1 + "\",\"expires_in\":3600}")));
    wm.stubFor(get(path("/api/2/users/3")).willReturn(unauthorized()));
    PublisherClient.Builder builder =
        Wire.builder(wm, MediaFormat.JSON).oauth2("1012", CLIENT_SECRET, REFRESH);
    PublisherClient client = builder.build();

    String text;
    try (LogCapture logs = LogCapture.start()) {
      Throwable e = catchThrowable(() -> client.users().get("3"));
      assertThat(e).isInstanceOf(AuthenticationException.class);
      text = logs.text() + "\n" + e + "\n" + e.getMessage();
    }
    text += "\n" + client + "\n" + builder + "\n" + Wire.client(wm, MediaFormat.XML);

    assertThat(text)
        .contains("PublisherClient{baseUri=")
        .doesNotContain(CLIENT_SECRET, REFRESH, ACCESS_1, Wire.TOKEN);
  }

  @Test
  void requiresABaseUriAndATokenSource() {
    assertThatThrownBy(() -> PublisherClient.builder().bearerToken("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUri is required");
    assertThatThrownBy(
            () ->
                PublisherClient.builder()
                    .baseUri(URI.create("https://acme.example.com/acme"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a token source is required: set bearerToken, oauth2 or tokenProvider");
  }

  @Test
  void rejectsBlankCredentialsNamingTheSetting() {
    PublisherClient.Builder b = PublisherClient.builder();

    assertThatThrownBy(() -> b.bearerToken(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bearerToken must not be blank");
    assertThatThrownBy(() -> b.oauth2("", CLIENT_SECRET, REFRESH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientId must not be blank");
    assertThatThrownBy(() -> b.oauth2("1012", null, REFRESH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientSecret must not be blank");
    assertThatThrownBy(() -> b.oauth2("1012", CLIENT_SECRET, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refreshToken must not be blank");
    assertThatThrownBy(() -> b.format(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.tokenProvider(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void writesJsonUnlessXmlIsChosen() {
    PublisherClient.Builder b =
        PublisherClient.builder()
            .baseUri(URI.create("https://acme.example.com/acme"))
            .bearerToken("t");

    assertThat(b.build().format()).isEqualTo(MediaFormat.JSON);
    assertThat(b.format(MediaFormat.XML).build().format()).isEqualTo(MediaFormat.XML);
  }

  @Test
  void holdsNoHttpMechanics() {
    VendorRules.assertNoHttpMechanics(Path.of("src/main/java"));
  }
}
