package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.testing.FaultMatrix;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(16))
          .build();

  private static final String ANN = "{\"external_id\":\"ann\"}";

  @TestFactory
  Stream<DynamicTest> everyFaultEndsInAValueOrATypedExceptionAndACreateIsSentOnce() {
    FakeVendorClient client =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .retryPolicy(FaultMatrix.RETRIES)
            .requestTimeout(FaultMatrix.REQUEST_TIMEOUT)
            .build();
    return FaultMatrix.of("fake", wm, () -> {})
        .read(
            "get",
            () -> get(urlPathEqualTo("/users/ann")),
            "application/json",
            ANN,
            () -> client.get("ann"))
        .read(
            "getAsync",
            () -> get(urlPathEqualTo("/users/ann")),
            "application/json",
            ANN,
            () -> client.getAsync("ann").join())
        .write(
            "create",
            "/users",
            false,
            () -> post(urlPathEqualTo("/users")),
            "application/json",
            ANN,
            () -> client.create(FakeUser.builder().externalId("ann").build()))
        .tests();
  }

  @Test
  void aOneOff500IsRetriedOnAReadButNotOnACreate() {
    FakeVendorClient client =
        FakeVendorClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .retryPolicy(FaultMatrix.RETRIES)
            .build();
    FaultMatrix.failOnceThen(
        wm, () -> get(urlPathEqualTo("/users/ann")), aResponse().withStatus(500), okJson(ANN));

    assertThat(client.get("ann").externalId()).isEqualTo("ann");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/users/ann")));

    FaultMatrix.failOnceThen(
        wm, () -> post(urlPathEqualTo("/users")), aResponse().withStatus(500), okJson(ANN));
    assertThatThrownBy(() -> client.create(FakeUser.builder().externalId("ann").build()))
        .isInstanceOf(ServerException.class);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/users")));
  }
}
