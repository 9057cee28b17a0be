package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.testing.FaultMatrix;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}
