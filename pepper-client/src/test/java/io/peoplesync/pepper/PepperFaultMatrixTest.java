package io.peoplesync.pepper;

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
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.FaultMatrix;
import io.peoplesync.core.testing.Fixtures;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class PepperFaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(16))
          .build();

  private static final String JSON = "application/json";

  @TestFactory
  Stream<DynamicTest> listingsRecoverOrFailTypedAndACreateIsSentOnce() {
    PepperClient pepper =
        TestClients.builder(wm)
            .retryPolicy(FaultMatrix.RETRIES)
            .requestTimeout(FaultMatrix.REQUEST_TIMEOUT)
            .build();
    String empty = Fixtures.read(PepperFaultMatrixTest.class, "users/list-empty.json");
    String created = Fixtures.read(PepperFaultMatrixTest.class, "users/create-200.json");
    return FaultMatrix.of("pepper", wm, () -> {})
        .read(
            "users.list",
            () -> get(urlPathEqualTo("/users")),
            JSON,
            empty,
            () -> pepper.users().list(UserQuery.builder().limit(3).build()).stream().count())
        .read(
            "actions.list",
            () -> get(urlPathEqualTo("/actions")),
            JSON,
            empty,
            () ->
                pepper.actions().list(ActionQuery.builder().limit(3).build()).stream()
                    .collect(Collectors.toList()))
        .write(
            "users.create",
            "/users",
            false,
            () -> post(urlPathEqualTo("/users")),
            JSON,
            created,
            () ->
                pepper
                    .users()
                    .create(
                        NewPepperUser.builder()
                            .addCredential(Credential.mobile("+447700900123"))
                            .build()))
        .tests();
  }

  @Test
  void aOneOff500IsRetriedOnAListingButNotOnACreate() {
    PepperClient pepper = TestClients.builder(wm).retryPolicy(FaultMatrix.RETRIES).build();
    FaultMatrix.failOnceThen(
        wm,
        () -> get(urlPathEqualTo("/users")),
        aResponse().withStatus(500),
        okJson(Fixtures.read(PepperFaultMatrixTest.class, "users/list-empty.json")));

    assertThat(pepper.users().list(UserQuery.builder().limit(3).build()).stream()).isEmpty();
    wm.verify(2, getRequestedFor(urlPathEqualTo("/users")));

    FaultMatrix.failOnceThen(
        wm,
        () -> post(urlPathEqualTo("/users")),
        aResponse().withStatus(500),
        okJson(Fixtures.read(PepperFaultMatrixTest.class, "users/create-200.json")));
    assertThatThrownBy(
            () ->
                pepper
                    .users()
                    .create(
                        NewPepperUser.builder()
                            .addCredential(Credential.mobile("+447700900123"))
                            .build()))
        .isInstanceOf(ServerException.class);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/users")));
  }
}
