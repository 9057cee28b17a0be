package io.peoplesync.springest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.springest.UsersApiTest.ENCODED_KEY;
import static io.peoplesync.springest.UsersApiTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.RawResponse;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.LogCapture;
import io.peoplesync.core.testing.VendorRules;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpringestClientTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static SpringestClient client() {
    return SpringestClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .apiKey(KEY)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "exampleorganisation, nl, https://exampleorganisation.api.go.springest.nl",
    "ExampleOrganisation, DE, https://exampleorganisation.api.go.springest.de",
    "acme-benelux, co.uk, https://acme-benelux.api.go.springest.co.uk"
  })
  void derivesTheGoSiteHostFromNameAndTopLevelDomain(String name, String tld, String expected) {
    SpringestClient c = SpringestClient.builder().site(name, tld).apiKey(KEY).build();

    assertThat(c.baseUri()).isEqualTo(URI.create(expected));
  }

  @Test
  void aBaseUriOverridesTheSite() {
    SpringestClient c =
        SpringestClient.builder()
            .site("exampleorganisation", "nl")
            .baseUri(URI.create("http://localhost:8089/go"))
            .apiKey(KEY)
            .build();

    assertThat(c.baseUri()).isEqualTo(URI.create("http://localhost:8089/go"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-acme", "acme-", "a.b", "a_b", "acme/x", "acme?x", "ä"})
  void rejectsSiteNamesThatAreNotDnsLabels(String name) {
    assertThatThrownBy(() -> SpringestClient.builder().site(name, "nl").apiKey(KEY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("site name must be a DNS label");
  }

  @Test
  void rejectsASiteNameLongerThanADnsLabel() {
    assertThatThrownBy(
            () -> SpringestClient.builder().site("a".repeat(64), "nl").apiKey(KEY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("site name must be a DNS label");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "n", "n1", ".nl", "nl.", "co..uk", "nl/x", "nl:8080"})
  void rejectsTopLevelDomainsThatAreNotLettersAndDots(String tld) {
    assertThatThrownBy(() -> SpringestClient.builder().site("acme", tld).apiKey(KEY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("site tld must be letters separated by dots");
  }

  @Test
  void requiresAnApiKeyAndASite() {
    assertThatThrownBy(() -> SpringestClient.builder().site("acme", "nl").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("apiKey is required");
    assertThatThrownBy(() -> SpringestClient.builder().site("acme", "nl").apiKey(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> SpringestClient.builder().apiKey(KEY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUri is required");
  }

  @Test
  void keepsTheApiKeyOutOfLogsMessagesAndToString() {
    wm.stubFor(
        post(urlPathEqualTo("/users.json"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"errors\": {\"api_key\": [\"" + KEY + " is not valid here\"]}}")));
    wm.stubFor(
        get(urlPathEqualTo("/users.json"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\": \"invalid key " + ENCODED_KEY + "\"}")));
    SpringestClient.Builder builder =
        SpringestClient.builder().baseUri(URI.create(wm.baseUrl())).apiKey(KEY);
    SpringestClient c = builder.retryPolicy(RetryPolicy.none()).build();
    List<String> texts = new ArrayList<>();

    try (LogCapture logs = LogCapture.start()) {
      BadRequestException bad =
          catchThrowableOfType(BadRequestException.class, () -> c.users().save(UsersApiTest.ann()));
      AuthenticationException denied =
          catchThrowableOfType(
              AuthenticationException.class, () -> c.users().findByExternalId("E-1"));
      for (ApiResponseException e : List.of(bad, denied)) {
        texts.add(e.getMessage());
        texts.add(e.toString());
        texts.add(e.body());
        texts.add(e.details().toString());
      }
      texts.add(logs.text());
      assertThat(logs.text()).contains("api_key=****").contains("external_id=E-1");
    }
    texts.add(builder.toString());
    texts.add(c.toString());
    texts.add(c.users().toString());
    texts.add(c.raw().toString());
    texts.add(UsersApiTest.ann().toString());
    texts.add(SpringestSites.builder().add("nl", c).build().toString());

    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(KEY, ENCODED_KEY));
    assertThat(c.toString())
        .isEqualTo("SpringestClient{baseUri=" + wm.baseUrl() + ", apiKey=****}");
  }

  @Test
  void keepsTheApiKeyOutOfTransportFailures() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    SpringestClient c =
        SpringestClient.builder()
            .baseUri(URI.create("http://127.0.0.1:" + closedPort))
            .apiKey(KEY)
            .retryPolicy(RetryPolicy.none())
            .build();

    try (LogCapture logs = LogCapture.start()) {
      Throwable e = catchThrowable(() -> c.users().findByExternalId("E-1"));

      assertThat(e).isInstanceOf(ApiTransportException.class);
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY, ENCODED_KEY);
        assertThat(t.toString()).doesNotContain(KEY, ENCODED_KEY);
      }
      assertThat(logs.text()).doesNotContain(KEY, ENCODED_KEY);
    }
  }

  @Test
  void sendsRawRequestsWithTheApiKey() {
    wm.stubFor(
        get(urlPathEqualTo("/bookings.json"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));

    RawResponse r = client().raw().send(HttpMethod.GET, "/bookings.json", Optional.empty());

    assertThat(r.statusCode()).isEqualTo(200);
    wm.verify(getRequestedFor(urlEqualTo("/bookings.json?api_key=" + ENCODED_KEY)));
  }

  @Test
  void holdsNoHttpMechanics() {
    VendorRules.assertNoHttpMechanics(Path.of("src/main/java"));
  }
}
