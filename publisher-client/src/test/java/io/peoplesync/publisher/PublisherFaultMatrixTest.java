package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.FaultMatrix;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublisherFaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(16))
          .build();

  @TestFactory
  Stream<DynamicContainer> readsRecoverOrFailTypedAndAnAddIsSentOnceInBothFormats() {
    return Arrays.stream(MediaFormat.values())
        .map(format -> DynamicContainer.dynamicContainer(format.name(), matrix(format)));
  }

  private static Stream<org.junit.jupiter.api.DynamicTest> matrix(MediaFormat format) {
    PublisherClient publisher =
        Wire.builder(wm, format)
            .bearerToken(Wire.TOKEN)
            .retryPolicy(FaultMatrix.RETRIES)
            .requestTimeout(FaultMatrix.REQUEST_TIMEOUT)
            .build();
    String type = Wire.contentType(format);
    return FaultMatrix.of("publisher " + format, wm, () -> {})
        .read(
            "users.get",
            () -> get(urlPathEqualTo(Wire.path("/api/2/users/3"))),
            type,
            Wire.fixture("users/get-200", format),
            () -> publisher.users().get("3"))
        .write(
            "users.add",
            "/api/2/users",
            false,
            () -> post(urlPathEqualTo(Wire.path("/api/2/users"))),
            type,
            Wire.fixture("users/summary-200", format),
            () -> publisher.users().add(Wire.GRACE))
        .tests();
  }

  @Test
  void aOneOff500IsRetriedOnAGetButNotOnAnAdd() {
    MediaFormat format = MediaFormat.JSON;
    PublisherClient publisher =
        Wire.builder(wm, format).bearerToken(Wire.TOKEN).retryPolicy(FaultMatrix.RETRIES).build();
    String one = Wire.path("/api/2/users/3");
    String all = Wire.path("/api/2/users");
    FaultMatrix.failOnceThen(
        wm,
        () -> get(urlPathEqualTo(one)),
        aResponse().withStatus(500),
        Wire.ok("users/get-200", format));

    assertThat(publisher.users().get("3").email()).isEqualTo(Wire.GRACE.email());
    wm.verify(2, getRequestedFor(urlPathEqualTo(one)));

    FaultMatrix.failOnceThen(
        wm,
        () -> post(urlPathEqualTo(all)),
        aResponse().withStatus(500),
        Wire.ok("users/summary-200", format));
    assertThatThrownBy(() -> publisher.users().add(Wire.GRACE)).isInstanceOf(ServerException.class);
    wm.verify(1, postRequestedFor(urlPathEqualTo(all)));
  }
}
