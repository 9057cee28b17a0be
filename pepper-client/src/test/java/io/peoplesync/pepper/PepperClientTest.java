package io.peoplesync.pepper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.pepper.TestClients.APP_ID;
import static io.peoplesync.pepper.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.VendorRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PepperClientTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  @Test
  void sendsTokenApplicationIdAndVersion8OnEveryCall() {
    wm.stubFor(get("/users").willReturn(okJson("{\"items\":[],\"page\":{\"count\":0}}")));

    TestClients.client(wm).users().list(UserQuery.all()).stream().count();

    wm.verify(
        getRequestedFor(urlEqualTo("/users"))
            .withHeader("Authorization", equalTo("Token " + TOKEN))
            .withHeader("x-application-id", equalTo(APP_ID))
            .withHeader("x-api-version", equalTo("8"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Accept-Encoding", equalTo("gzip, deflate"))
            .withHeader("x-client-platform", absent()));
  }

  @Test
  void sendsConfiguredApiVersionAndClientPlatform() {
    wm.stubFor(get("/users").willReturn(okJson("{\"items\":[]}")));
    PepperClient pepper = TestClients.builder(wm).apiVersion(10).clientPlatform("ACME_HR").build();

    pepper.users().list(UserQuery.all()).stream().count();

    wm.verify(
        getRequestedFor(urlEqualTo("/users"))
            .withHeader("x-api-version", equalTo("10"))
            .withHeader("x-client-platform", equalTo("ACME_HR")));
  }

  @Test
  void decodesAGzipEncodedPage() throws IOException {
    byte[] gzipped = gzip(Fixtures.read(getClass(), "users/list-page-3.json"));
    wm.stubFor(
        get("/users")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzipped)));

    List<PepperUser> users =
        TestClients.client(wm).users().list(UserQuery.all()).stream().collect(Collectors.toList());

    assertThat(users).extracting(PepperUser::firstName).containsExactly(Optional.of("Eve"));
  }

  @Test
  void defaultsToProductionHost() {
    PepperClient pepper = PepperClient.builder().token(TOKEN).applicationId(APP_ID).build();

    assertThat(pepper.toString()).contains("https://api.pepperhq.com");
    assertThat(
            PepperClient.builder()
                .environment(PepperEnvironment.BETA)
                .token(TOKEN)
                .applicationId(APP_ID)
                .build()
                .toString())
        .contains("https://beta-api.pepperhq.com");
  }

  @Test
  void rejectsMissingOrBlankSettingsNamingThem() {
    assertThatThrownBy(() -> PepperClient.builder().applicationId(APP_ID).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must not be blank");
    assertThatThrownBy(() -> PepperClient.builder().token(" ").applicationId(APP_ID).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must not be blank");
    assertThatThrownBy(() -> PepperClient.builder().token(TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("applicationId must not be blank");
    assertThatThrownBy(
            () -> PepperClient.builder().token(TOKEN).applicationId(APP_ID).apiVersion(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiVersion must be positive");
    assertThatThrownBy(
            () ->
                PepperClient.builder()
                    .token(TOKEN)
                    .applicationId(APP_ID)
                    .clientPlatform("")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientPlatform must not be blank");
  }

  @Test
  void neverShowsTheTokenInToStringMessagesOrLogs() {
    wm.stubFor(
        get("/users")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"Unauthorized\",\"message\":\"bad token\"}")));
    PepperClient.Builder builder = TestClients.builder(wm);
    PepperClient pepper = builder.build();

    try (LogCapture logs = LogCapture.start()) {
      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class,
              () -> pepper.users().list(UserQuery.all()).iterator().hasNext());

      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.vendorCode()).contains("Unauthorized");
      assertThat(e).hasMessageNotContaining(TOKEN);
      assertThat(e.body()).doesNotContain(TOKEN);
      assertThat(logs.text()).isNotEmpty().doesNotContain(TOKEN);
    }
    assertThat(builder.toString()).doesNotContain(TOKEN).contains(APP_ID);
    assertThat(pepper.toString()).doesNotContain(TOKEN).contains("apiVersion=8");
  }

  @Test
  void holdsNoHttpMechanics() {
    VendorRules.assertNoHttpMechanics(Path.of("src/main/java"));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
