package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.spi.ErrorDetailsParser;
import io.peoplesync.core.spi.QueryApiKeyAuth;
import io.peoplesync.core.testing.Mode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  private static final String KEY = "api-key-that-must-not-leak";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private FakeVendorClient client() {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .retryPolicy(RetryPolicy.none())
        .auth(new QueryApiKeyAuth("api_key", Secret.of("apiKey", KEY)))
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException, Bad Request",
    "422, BadRequestException, Unprocessable Entity",
    "401, AuthenticationException, Unauthorized",
    "403, AuthenticationException, Forbidden",
    "404, NotFoundException, Not Found",
    "409, ConflictException, Conflict",
    "429, RateLimitException, Too Many Requests",
    "500, ServerException, Internal Server Error",
    "503, ServerException, Service Unavailable",
    "418, ApiResponseException, HTTP 418",
    "302, ApiResponseException, HTTP 302"
  })
  void mapsEachStatusToItsException(int status, String type, String reason) {
    for (Mode mode : Mode.values()) {
      wm.stubFor(
          get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/u"))
              .willReturn(aResponse().withStatus(status)));
      FakeVendorClient c = client();

      ApiResponseException e =
          catchThrowableOfType(
              ApiResponseException.class, () -> mode.call(() -> c.get("u"), () -> c.getAsync("u")));

      assertThat(e.getClass().getSimpleName()).isEqualTo(type);
      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(e.getMessage())
          .isEqualTo("GET /users/{userId} -> " + status + " " + reason + " [fake.users.get]");
      assertThat(e.endpoint()).isEqualTo("fake.users.get");
      assertThat(e.method()).isEqualTo("GET");
      assertThat(e.pathTemplate()).isEqualTo("/users/{userId}");
    }
  }

  @Test
  void carriesVendorDetailsFieldErrorsHeadersAndRequestId() {
    wm.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/u"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req-9")
                    .withBody(
                        "{\"code\":\"Validation\",\"message\":\"nope\",\"errors\":{\"email\":[\"taken\",\"too long\"],\"\":[\"general\"]}}")));

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client().get("u"));

    assertThat(e.vendorCode()).contains("Validation");
    assertThat(e.vendorMessage()).contains("nope");
    assertThat(e.fieldErrors())
        .containsEntry("email", List.of("taken", "too long"))
        .containsEntry("", List.of("general"));
    assertThat(e.requestId()).contains("req-9");
    assertThat(e.headers()).containsKey("x-request-id");
    assertThat(e.details().toString()).contains("Validation");
  }

  @Test
  void cutsLongBodiesAndMasksSecretsInThem() {
    String body =
        "{\"message\":\"key " + KEY + " rejected\",\"pad\":\"" + "x".repeat(10_000) + "\"}";
    wm.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/u"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client().get("u"));

    assertThat(e.body())
        .hasSizeLessThanOrEqualTo(4096)
        .contains("key **** rejected")
        .doesNotContain(KEY);
    assertThat(e.vendorMessage()).contains("key **** rejected");
    assertThat(e.getMessage())
        .doesNotContain(KEY)
        .doesNotContain("api_key")
        .doesNotContain("localhost");
  }

  @Test
  void exposesRetryAfterOnRateLimits() {
    wm.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/u"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client().get("u"));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
  }

  @Test
  void unparseableErrorBodiesGiveNoDetails() {
    wm.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/u"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{oops")));

    ServerException e = catchThrowableOfType(ServerException.class, () -> client().get("u"));

    assertThat(e.vendorCode()).isEmpty();
    assertThat(e.body()).isEqualTo("{oops");
  }

  @Test
  void keepsVendorSpecificPropertiesScrubbed() {
    ErrorDetails d =
        ErrorDetails.of("c", "m")
            .withProperty("link", "https://help/" + KEY)
            .withProperty("none", null);

    assertThat(d.properties()).containsOnlyKeys("link");
    wm.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/users/u"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"x\",\"link\":\"https://help.example/" + KEY + "\"}")));
    FakeVendorClient c =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .retryPolicy(RetryPolicy.none())
            .auth(new QueryApiKeyAuth("api_key", Secret.of("apiKey", KEY)))
            .build();
    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> c.get("u"));
    assertThat(e.details().properties())
        .containsExactly(java.util.Map.entry("link", "https://help.example/****"));
  }

  @Test
  void errorDetailsNoneIsEmpty() {
    assertThat(ErrorDetails.none().vendorCode()).isEmpty();
    assertThat(ErrorDetails.none().fieldErrors()).isEmpty();
    assertThat(ErrorDetailsParser.none().parse(400, null)).isSameAs(ErrorDetails.none());
  }
}
