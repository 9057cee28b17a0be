package io.peoplesync.ortec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.ortec.OrtecFixtures.API_KEY;
import static io.peoplesync.ortec.OrtecFixtures.actions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.RecordingDelayer;
import io.peoplesync.core.testing.VendorRules;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrtecClientTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final RecordingDelayer delayer = new RecordingDelayer();

  @Test
  void requiresBaseUriFeedAndApiKey() {
    URI uri = URI.create(wm.baseUrl());
    assertThatThrownBy(() -> OrtecClient.builder().feed("f").apiKey("k").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUri is required");
    assertThatThrownBy(() -> OrtecClient.builder().baseUri(uri).apiKey("k").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("feed is required: set feed(...)");
    assertThatThrownBy(() -> OrtecClient.builder().baseUri(uri).feed("f").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("apiKey is required: set apiKey(...)");
    assertThatThrownBy(() -> OrtecClient.builder().baseUri(uri).feed(" ").apiKey("k").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feed must not be blank");
    assertThatThrownBy(() -> OrtecClient.builder().apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 1, batchSize must be 1 to 1000 (was 0)",
    "1001, 1, batchSize must be 1 to 1000 (was 1001)",
    "1000, 0, batchConcurrency must be 1 to 16 (was 0)",
    "1000, 17, batchConcurrency must be 1 to 16 (was 17)"
  })
  void rejectsBatchSettingsOutOfRange(int size, int concurrency, String message) {
    OrtecClient.Builder b =
        OrtecFixtures.client(wm, delayer).batchSize(size).batchConcurrency(concurrency);

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void acceptsTheLimitsOfTheBatchSettings() {
    UnaryOperator<OrtecClient.Builder> limits = b -> b.batchSize(1).batchConcurrency(16);

    assertThat(limits.apply(OrtecFixtures.client(wm, delayer)).build().toString())
        .contains("batchSize=1", "batchConcurrency=16");
  }

  @Test
  void keepsTheApiKeyOutOfLogsMessagesAndToString() {
    wm.stubFor(
        post("/accounts")
            .inScenario("down")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("busy, key " + API_KEY))
            .willSetStateTo("rejecting"));
    wm.stubFor(
        post("/accounts")
            .inScenario("down")
            .whenScenarioStateIs("rejecting")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"apikey " + API_KEY + " is not valid for hr-feed\"}")));
    OrtecClient.Builder builder = OrtecFixtures.client(wm, delayer).batchSize(1);
    OrtecClient client = builder.build();
    BatchFailedException e;

    try (LogCapture logs = LogCapture.start()) {
      e =
          catchThrowableOfType(
              BatchFailedException.class, () -> client.accounts().submit(actions(2)));

      assertThat(logs.text()).contains("/accounts").doesNotContain(API_KEY);
    }
    BatchResult r = e.result();

    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/accounts"))
            .withRequestBody(containing("\"apikey\":\"" + API_KEY + "\"")));
    assertThat(r.results())
        .extracting(ItemResult::outcome)
        .containsExactly(ItemOutcome.NOT_CONFIRMED, ItemOutcome.NOT_SENT);
    assertThat(e).hasMessageNotContaining(API_KEY);
    ApiResponseException cause = (ApiResponseException) e.getCause();
    assertThat(cause.statusCode()).isEqualTo(401);
    assertThat(cause.getMessage()).doesNotContain(API_KEY);
    assertThat(cause.body()).contains("is not valid").doesNotContain(API_KEY);
    assertThat(cause.vendorMessage().orElseThrow()).doesNotContain(API_KEY);
    assertThat(r.results())
        .allSatisfy(i -> assertThat(i.error().orElseThrow()).doesNotContain(API_KEY));
    assertThat(
            String.join(
                " ",
                client.toString(),
                builder.toString(),
                r.toString(),
                r.results().toString(),
                r.batchFailures().toString(),
                AccountsRequest.of(actions(1)).toString()))
        .doesNotContain(API_KEY)
        .contains("apiKey=****");
  }

  @Test
  void vendorModuleHoldsNoHttpMechanics() {
    VendorRules.assertNoHttpMechanics(Path.of("src/main/java"));
  }
}
