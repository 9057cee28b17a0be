package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import io.peoplesync.core.testing.Mode;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EndpointExecutionTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private FakeVendorClient client() {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl() + "/api/v1/"))
        .userAgentSuffix("acme-sync/1.0")
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createsWithExactJsonBodyAndStandardHeaders(Mode mode) {
    wm.stubFor(
        post("/api/v1/users")
            .willReturn(
                okJson("{\"external_id\":\"e-1\",\"first_name\":\"Ann\",\"unknown\":{\"a\":1}}")));
    FakeUser ann = FakeUser.builder().externalId("e-1").firstName("Ann").build();
    FakeVendorClient c = client();

    FakeUser created = mode.call(() -> c.create(ann), () -> c.createAsync(ann));

    assertThat(created.firstName()).contains("Ann");
    assertThat(created.extras()).containsKey("unknown");
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/users"))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Accept-Encoding", equalTo("gzip, deflate"))
            .withHeader("User-Agent", matching("peoplesync/\\S+ java/\\S+ acme-sync/1\\.0"))
            .withRequestBody(
                equalToJson("{\"external_id\":\"e-1\",\"first_name\":\"Ann\"}", false, false)));
  }

  @Test
  void keepsUnknownFieldsThroughARoundTrip() {
    wm.stubFor(
        get("/api/v1/users/e-1")
            .willReturn(okJson("{\"external_id\":\"e-1\",\"badge\":\"gold\",\"floor\":3}")));
    wm.stubFor(post("/api/v1/users").willReturn(okJson("{\"external_id\":\"e-1\"}")));
    FakeVendorClient c = client();

    c.create(c.get("e-1"));

    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/users"))
            .withRequestBody(
                equalToJson("{\"external_id\":\"e-1\",\"badge\":\"gold\",\"floor\":3}")));
  }

  @Test
  void readsUnknownFieldsThatAreNull() {
    wm.stubFor(
        get("/api/v1/users/e-1")
            .willReturn(okJson("{\"external_id\":\"e-1\",\"defaultTip\":null,\"tier\":2}")));

    FakeUser u = client().get("e-1");

    assertThat(u.extras()).containsEntry("tier", 2).containsKey("defaultTip");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a@b.c|/api/v1/users/a%40b.c",
        "a/b|/api/v1/users/a%2Fb",
        "what?|/api/v1/users/what%3F",
        "x#y|/api/v1/users/x%23y",
        "100%|/api/v1/users/100%25",
        "with space|/api/v1/users/with%20space",
        "..|/api/v1/users/%2E%2E",
        "émile|/api/v1/users/%C3%A9mile"
      })
  void encodesPathVariablesAsOneSegment(String id, String expectedPath) {
    wm.stubFor(get(urlEqualTo(expectedPath)).willReturn(okJson("{\"external_id\":\"x\"}")));

    client().get(id);

    wm.verify(1, getRequestedFor(urlEqualTo(expectedPath)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void answersExistsFromStatus(Mode mode) {
    wm.stubFor(head(urlEqualTo("/api/v1/users/here")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlEqualTo("/api/v1/users/gone")).willReturn(aResponse().withStatus(404)));
    FakeVendorClient c = client();

    assertThat(mode.call(() -> c.exists("here"), () -> c.existsAsync("here"))).isTrue();
    assertThat(mode.call(() -> c.exists("gone"), () -> c.existsAsync("gone"))).isFalse();
  }

  @Test
  void existsStillThrowsForOtherStatuses() {
    wm.stubFor(head(urlEqualTo("/api/v1/users/x")).willReturn(aResponse().withStatus(403)));

    assertThatThrownBy(() -> client().exists("x")).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void returnsEmptyOptionalOn404AndEmptyBody() {
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/users/find"))
            .withQueryParam("email", equalTo("no@x.io"))
            .willReturn(aResponse().withStatus(404)));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/users/find"))
            .withQueryParam("email", equalTo("blank@x.io"))
            .willReturn(aResponse().withStatus(200)));
    wm.stubFor(
        get(urlPathEqualTo("/api/v1/users/find"))
            .withQueryParam("email", equalTo("a+b@x.io"))
            .willReturn(okJson("{\"external_id\":\"e\"}")));

    assertThat(client().findByEmail("no@x.io")).isEmpty();
    assertThat(client().findByEmail("blank@x.io")).isEmpty();
    assertThat(client().findByEmail("a+b@x.io")).map(FakeUser::externalId).contains("e");
    wm.verify(getRequestedFor(urlEqualTo("/api/v1/users/find?email=a%2Bb@x.io")));
  }

  @Test
  void deletesIgnoringTheBody() {
    wm.stubFor(delete("/api/v1/users/e-1").willReturn(aResponse().withStatus(204)));

    client().delete("e-1");

    wm.verify(deleteRequestedFor(urlEqualTo("/api/v1/users/e-1")));
  }

  @Test
  void rejectsBlankPathVariableBeforeSending() {
    assertThatThrownBy(() -> client().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void rejectsInvalidModelBeforeSending() {
    assertThatThrownBy(() -> FakeUser.builder().externalId("e").firstName("x".repeat(256)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstName must be at most 255 characters (was 256)");
    assertThatThrownBy(() -> FakeUser.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("externalId");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void emptySuccessBodyWhereOneIsExpectedIsASerializationError() {
    wm.stubFor(get("/api/v1/users/e").willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> client().get("e"))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageContaining("fake.users.get");
  }

  @Test
  void malformedSuccessBodyIsASerializationErrorNamingTheEndpoint() {
    wm.stubFor(get("/api/v1/users/e").willReturn(okJson("{\"external_id\": [1,")));

    assertThatThrownBy(() -> client().get("e"))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageStartingWith("fake.users.get: cannot read JSON response");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendsRawBodiesThroughTheSamePipeline(Mode mode) {
    wm.stubFor(
        post("/api/v1/custom/op?dry=1")
            .willReturn(okJson("{\"ok\":true}").withHeader("X-Request-Id", "r-1")));
    FakeVendorClient c = client();
    Optional<RawBody> body = Optional.of(RawBody.of("{\"anything\":[1,2]}"));

    RawResponse r =
        mode.call(
            () -> c.raw().send(HttpMethod.POST, "/custom/op?dry=1", body),
            () -> c.raw().sendAsync(HttpMethod.POST, "/custom/op?dry=1", body));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"ok\":true}");
    assertThat(r.header("x-request-id")).contains("r-1");
    wm.verify(
        postRequestedFor(urlEqualTo("/api/v1/custom/op?dry=1"))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(equalToJson("{\"anything\":[1,2]}")));
  }

  @Test
  void rawRejectsRelativePaths() {
    assertThatThrownBy(() -> client().raw().send(HttpMethod.GET, "users", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path must start with '/'");
  }
}
