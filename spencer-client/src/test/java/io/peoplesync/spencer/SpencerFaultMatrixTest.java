package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.FaultMatrix;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class SpencerFaultMatrixTest {
  @RegisterExtension static WireMockExtension wm = SpencerFixtures.wireMock();

  @TestFactory
  Stream<DynamicTest> readsRecoverOrFailTypedAndACreateIsSentOnce() {
    SpencerClient spencer =
        SpencerClient.builder()
            .baseUri(URI.create(wm.baseUrl() + SpencerFixtures.API))
            .accessToken(SpencerFixtures.TOKEN)
            .retryPolicy(FaultMatrix.RETRIES)
            .requestTimeout(FaultMatrix.REQUEST_TIMEOUT)
            .build();
    String user = SpencerFixtures.fixture("users/get-200.json");
    String created = SpencerFixtures.fixture("users/create-201.json");
    String one = SpencerFixtures.API + "/users/E-1001";
    return FaultMatrix.of("spencer", wm, () -> {})
        .read(
            "users.get",
            () -> get(urlPathEqualTo(one)),
            JSON,
            user,
            () -> spencer.users().get("E-1001"))
        .read(
            "users.exists",
            () -> head(urlPathEqualTo(one)),
            JSON,
            "",
            () -> spencer.users().exists("E-1001"))
        .write(
            "users.create",
            "/users",
            false,
            () -> post(urlPathEqualTo(SpencerFixtures.API + "/users")),
            JSON,
            created,
            () ->
                spencer
                    .users()
                    .create(
                        SpencerUser.builder()
                            .externalId("E-1001")
                            .firstName("Ann")
                            .lastName("Smith")
                            .email("ann.smith@example.com")
                            .build()))
        .tests();
  }

  private static final String JSON = "application/json";

  @Test
  void aOneOff500IsRetriedOnAGetButNotOnACreate() {
    SpencerClient spencer =
        SpencerClient.builder()
            .baseUri(URI.create(wm.baseUrl() + SpencerFixtures.API))
            .accessToken(SpencerFixtures.TOKEN)
            .retryPolicy(FaultMatrix.RETRIES)
            .build();
    String one = SpencerFixtures.API + "/users/E-1001";
    String users = SpencerFixtures.API + "/users";
    FaultMatrix.failOnceThen(
        wm,
        () -> get(urlPathEqualTo(one)),
        aResponse().withStatus(500),
        okJson(SpencerFixtures.fixture("users/get-200.json")));

    assertThat(spencer.users().get("E-1001").externalId()).isEqualTo("E-2002");
    wm.verify(2, getRequestedFor(urlPathEqualTo(one)));

    FaultMatrix.failOnceThen(
        wm,
        () -> post(urlPathEqualTo(users)),
        aResponse().withStatus(500),
        okJson(SpencerFixtures.fixture("users/create-201.json")));
    assertThatThrownBy(
            () ->
                spencer
                    .users()
                    .create(
                        SpencerUser.builder()
                            .externalId("E-1001")
                            .firstName("Ann")
                            .lastName("Smith")
                            .email("ann.smith@example.com")
                            .build()))
        .isInstanceOf(ServerException.class);
    wm.verify(1, postRequestedFor(urlPathEqualTo(users)));
  }
}
