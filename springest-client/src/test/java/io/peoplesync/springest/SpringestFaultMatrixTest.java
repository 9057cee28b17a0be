package io.peoplesync.springest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.FaultMatrix;
import io.peoplesync.core.testing.Fixtures;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class SpringestFaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(16))
          .build();

  private static final String JSON = "application/json";

  /**
   * Springest's save (a replace) and merge are upserts keyed on the external id, so both may be
   * retried.
   */
  @TestFactory
  Stream<DynamicTest> lookupsAndSavesRecoverOrFailTyped() {
    SpringestClient springest =
        SpringestClient.builder()
            .site("exampleorganisation", "nl")
            .baseUri(URI.create(wm.baseUrl()))
            .apiKey("fault-matrix-key")
            .retryPolicy(FaultMatrix.RETRIES)
            .requestTimeout(FaultMatrix.REQUEST_TIMEOUT)
            .build();
    return FaultMatrix.of("springest", wm, () -> {})
        .read(
            "users.findByExternalId",
            () -> get(urlPathEqualTo("/users.json")),
            JSON,
            Fixtures.read(SpringestFaultMatrixTest.class, "users/find-200.json"),
            () -> springest.users().findByExternalId("E-1"))
        .write(
            "users.save",
            "/users.json",
            true,
            () -> post(urlPathEqualTo("/users.json")),
            JSON,
            "{\"id\":4711}",
            () ->
                springest
                    .users()
                    .save(SpringestUser.builder().externalId("E-1").email("a@example.com").build()))
        .write(
            "users.merge",
            "/users.json",
            true,
            () -> post(urlPathEqualTo("/users.json")),
            JSON,
            "{\"id\":4711}",
            () -> springest.users().merge(SpringestUser.builder().externalId("E-1").build()))
        .tests();
  }

  /**
   * Springest's save is an idempotent upsert: unlike a create elsewhere, a one-off 500 is retried.
   */
  @Test
  void aOneOff500IsRetriedOnALookupAndOnTheIdempotentSave() {
    SpringestClient springest =
        SpringestClient.builder()
            .site("exampleorganisation", "nl")
            .baseUri(URI.create(wm.baseUrl()))
            .apiKey("fault-matrix-key")
            .retryPolicy(FaultMatrix.RETRIES)
            .build();
    FaultMatrix.failOnceThen(
        wm,
        () -> get(urlPathEqualTo("/users.json")),
        aResponse().withStatus(500),
        okJson(Fixtures.read(SpringestFaultMatrixTest.class, "users/find-200.json")));

    assertThat(springest.users().findByExternalId("E-1")).isPresent();
    wm.verify(2, getRequestedFor(urlPathEqualTo("/users.json")));

    FaultMatrix.failOnceThen(
        wm,
        () -> post(urlPathEqualTo("/users.json")),
        aResponse().withStatus(500),
        okJson("{\"id\":4711}"));
    assertThat(
            springest
                .users()
                .save(SpringestUser.builder().externalId("E-1").email("a@example.com").build())
                .id())
        .isEqualTo("4711");
    wm.verify(2, postRequestedFor(urlPathEqualTo("/users.json")));
  }
}
