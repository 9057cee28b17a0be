package io.peoplesync.springest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpringestSitesTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static SpringestClient site(String path, String key) {
    return SpringestClient.builder()
        .baseUri(URI.create(wm.baseUrl() + path))
        .apiKey(key)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static void stub(String path, int status, String body) {
    wm.stubFor(
        post(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void savesOnEverySiteAndReportsTheOneThatFailed(Mode mode) {
    stub("/nl/users.json", 201, "{\"id\": 11}");
    stub("/de/users.json", 400, "{\"errors\": {\"approvers\": [\"does not exist\"]}}");
    stub("/be/users.json", 201, "33");
    SpringestSites sites =
        SpringestSites.builder()
            .add("nl", site("/nl", "key-nl+1"))
            .add("de", site("/de", "key-de/2"))
            .add("be", site("/be", "key-be=3"))
            .build();
    SpringestUser ann = UsersApiTest.ann();

    SaveReport report =
        mode.call(() -> sites.saveEverywhere(ann), () -> sites.saveEverywhereAsync(ann));

    assertThat(report.results()).extracting(SiteResult::site).containsExactly("nl", "de", "be");
    assertThat(report.results()).extracting(SiteResult::ok).containsExactly(true, false, true);
    assertThat(report.allSucceeded()).isFalse();
    assertThat(report.result("nl").flatMap(SiteResult::ref)).contains(SpringestUserRef.of("11"));
    assertThat(report.result("be").flatMap(SiteResult::ref)).contains(SpringestUserRef.of("33"));
    assertThat(report.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.site()).isEqualTo("de"));
    assertThat(report.result("de").flatMap(SiteResult::error).orElseThrow())
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.fieldErrors())
                    .isEqualTo(Map.of("approvers", List.of("does not exist"))));
    String body = Fixtures.read(UsersApiTest.class, "users/save-full-request.json");
    for (String sent :
        List.of(
            "/nl/users.json?api_key=key-nl%2B1",
            "/de/users.json?api_key=key-de/2", "/be/users.json?api_key=key-be%3D3")) {
      wm.verify(1, postRequestedFor(urlEqualTo(sent)).withRequestBody(equalToJson(body)));
    }
  }

  @Test
  void reportsAnUnreachableSiteWithoutStoppingTheOthers() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    stub("/nl/users.json", 201, "11");
    SpringestSites sites =
        SpringestSites.builder()
            .add(
                "down",
                SpringestClient.builder()
                    .baseUri(URI.create("http://127.0.0.1:" + closedPort))
                    .apiKey("key-down")
                    .retryPolicy(RetryPolicy.none())
                    .build())
            .add("nl", site("/nl", "key-nl"))
            .build();

    SaveReport report = sites.saveEverywhere(UsersApiTest.ann());

    assertThat(report.result("down").flatMap(SiteResult::error).orElseThrow())
        .isInstanceOf(ApiTransportException.class);
    assertThat(report.result("nl").flatMap(SiteResult::ref)).contains(SpringestUserRef.of("11"));
    assertThat(report.result("down").orElseThrow().toString()).doesNotContain("key-down");
  }

  @Test
  void requiresUniqueNamedSites() {
    SpringestClient c = site("/nl", "key-nl");

    assertThatThrownBy(() -> SpringestSites.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("at least one site is required");
    assertThatThrownBy(() -> SpringestSites.builder().add(" ", c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site must not be blank");
    assertThatThrownBy(() -> SpringestSites.builder().add("nl", c).add("nl", c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site must be unique (nl added twice)");
    assertThat(SpringestSites.builder().add("nl", c).add("de", c).build().sites())
        .containsExactly("nl", "de");
  }

  @Test
  void aSiteResultHoldsEitherAReferenceOrAnError() {
    assertThat(SiteResult.success("nl", SpringestUserRef.of("1")).ok()).isTrue();
    assertThat(SiteResult.failure("nl", new IllegalStateException("x")).ok()).isFalse();
    assertThatThrownBy(() -> ImmutableSiteResult.builder().site("nl").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ref xor error must be present");
  }
}
