package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.FaultMatrix;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}
