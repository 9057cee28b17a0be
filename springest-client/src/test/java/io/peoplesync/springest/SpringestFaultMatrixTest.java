package io.peoplesync.springest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.FaultMatrix;
import io.peoplesync.core.testing.Fixtures;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}
