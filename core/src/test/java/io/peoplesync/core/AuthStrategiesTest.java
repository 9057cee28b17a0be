package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.spi.AuthStrategy;
import io.peoplesync.core.spi.BearerTokenAuth;
import io.peoplesync.core.spi.BodyApiKeyAuth;
import io.peoplesync.core.spi.HeaderTokenAuth;
import io.peoplesync.core.spi.QueryApiKeyAuth;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthStrategiesTest {
  private static final String SECRET = "s3cr3t-Key+/=&value";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private FakeVendorClient client(AuthStrategy auth) {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .retryPolicy(RetryPolicy.none())
        .auth(auth)
        .build();
  }

  @Test
  void sendsStaticBearerToken() {
    wm.stubFor(get("/users/u").willReturn(okJson("{\"external_id\":\"u\"}")));

    client(new BearerTokenAuth(TokenProvider.fixed(SECRET))).get("u");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Bearer " + SECRET)));
  }

  @Test
  void staticBearerTokenIsNotRefreshedOn401() {
    wm.stubFor(
        get("/users/u").willReturn(com.github.tomakehurst.wiremock.client.WireMock.unauthorized()));

    assertThatThrownBy(() -> client(new BearerTokenAuth(TokenProvider.fixed(SECRET))).get("u"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("GET /users/{userId} -> 401 Unauthorized [fake.users.get]");
    wm.verify(1, getRequestedFor(urlEqualTo("/users/u")));
  }

  @Test
  void mergesApiKeyFieldsIntoTheJsonBody() {
    wm.stubFor(post("/users").willReturn(okJson("{\"external_id\":\"u\"}")));
    AuthStrategy auth =
        BodyApiKeyAuth.builder()
            .field("feed", "hr-feed")
            .secretField("apikey", Secret.of("apiKey", SECRET))
            .build();

    client(auth).create(FakeUser.builder().externalId("u").firstName("Ann").build());

    wm.verify(
        postRequestedFor(urlEqualTo("/users"))
            .withRequestBody(
                equalToJson(
                    "{\"feed\":\"hr-feed\",\"apikey\":\""
                        + SECRET
                        + "\",\"external_id\":\"u\",\"first_name\":\"Ann\"}")));
    assertThat(auth.toString()).contains("hr-feed").doesNotContain(SECRET);
  }

  @Test
  void sendsBodyApiKeyFieldsAsQueryParametersWithoutABody() {
    wm.stubFor(get(urlPathEqualTo("/users/u")).willReturn(okJson("{\"external_id\":\"u\"}")));
    AuthStrategy auth =
        BodyApiKeyAuth.builder()
            .field("feed", "hr feed")
            .secretField("apikey", Secret.of("apiKey", SECRET))
            .build();

    client(auth).get("u");

    wm.verify(
        getRequestedFor(urlPathEqualTo("/users/u"))
            .withQueryParam("feed", equalTo("hr feed"))
            .withQueryParam("apikey", equalTo(SECRET)));
  }

  @Test
  void mergesApiKeyFieldsIntoRawJsonBodies() {
    wm.stubFor(post("/custom").willReturn(okJson("{}")));
    AuthStrategy auth =
        BodyApiKeyAuth.builder().secretField("apikey", Secret.of("apiKey", SECRET)).build();

    client(auth).raw().send(HttpMethod.POST, "/custom", Optional.of(RawBody.of("{\"x\":1}")));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom"))
            .withRequestBody(equalToJson("{\"apikey\":\"" + SECRET + "\",\"x\":1}")));
  }

  @Test
  void bodyApiKeyRefusesBodiesThatAreNotObjectsBeforeSending() {
    AuthStrategy auth =
        BodyApiKeyAuth.builder().secretField("apikey", Secret.of("apiKey", SECRET)).build();
    FakeVendorClient c = client(auth);

    assertThatThrownBy(
            () -> c.raw().send(HttpMethod.POST, "/users", Optional.of(RawBody.of("[1]"))))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageContaining("apikey")
        .hasMessageNotContaining(SECRET);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void sendsApiKeyAsEncodedQueryParameter() {
    wm.stubFor(get(urlPathEqualTo("/users/u")).willReturn(okJson("{\"external_id\":\"u\"}")));

    client(new QueryApiKeyAuth("api_key", Secret.of("apiKey", SECRET))).get("u");

    wm.verify(getRequestedFor(urlEqualTo("/users/u?api_key=s3cr3t-Key%2B/%3D%26value")));
    wm.verify(
        getRequestedFor(urlPathEqualTo("/users/u")).withQueryParam("api_key", equalTo(SECRET)));
  }

  @Test
  void appendsApiKeyAfterExistingQuery() {
    wm.stubFor(get(urlPathEqualTo("/users/find")).willReturn(okJson("{\"external_id\":\"u\"}")));

    client(new QueryApiKeyAuth("api_key", Secret.of("apiKey", SECRET))).findByEmail("a@b.io");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/find?email=a@b.io&api_key=s3cr3t-Key%2B/%3D%26value")));
  }

  @Test
  void sendsHeaderTokenWithSchemeAndFixedHeaders() {
    wm.stubFor(get("/users/u").willReturn(okJson("{\"external_id\":\"u\"}")));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-application-id", "merchant");
    headers.put("x-api-version", "8");

    client(new HeaderTokenAuth("Token", Secret.of("token", SECRET), headers)).get("u");

    wm.verify(
        getRequestedFor(urlEqualTo("/users/u"))
            .withHeader("Authorization", equalTo("Token " + SECRET))
            .withHeader("x-application-id", equalTo("merchant"))
            .withHeader("x-api-version", equalTo("8")));
  }

  @Test
  void noAuthSendsNoAuthorization() {
    wm.stubFor(get("/users/u").willReturn(okJson("{\"external_id\":\"u\"}")));

    client(AuthStrategy.none()).get("u");

    wm.verify(getRequestedFor(urlEqualTo("/users/u")).withHeader("Authorization", absent()));
  }

  @Test
  void secretsNeverShowInToString() {
    assertThat(Secret.of("apiKey", SECRET).toString()).isEqualTo("****");
    assertThat(new QueryApiKeyAuth("api_key", Secret.of("apiKey", SECRET)).toString())
        .doesNotContain(SECRET);
    assertThat(new HeaderTokenAuth("Token", Secret.of("t", SECRET), Map.of()).toString())
        .doesNotContain(SECRET);
    assertThat(new BearerTokenAuth(TokenProvider.fixed(SECRET)).toString()).doesNotContain(SECRET);
    assertThat(AccessToken.of(SECRET).toString()).doesNotContain(SECRET);
    assertThat(AuthStrategy.none().secrets()).isEmpty();
  }

  @Test
  void blankSecretsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Secret.of("apiKey", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
  }
}
