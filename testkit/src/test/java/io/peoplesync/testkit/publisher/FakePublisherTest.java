package io.peoplesync.testkit.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.testkit.FakeVendorsExtension;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake's wire format, spoken by a bare HTTP client. */
@ExtendWith(FakeVendorsExtension.class)
class FakePublisherTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BEARER = "Bearer " + FakePublisher.DEFAULT_TOKEN;

  private static HttpResponse<String> send(
      FakePublisher fake, String method, String path, String accept, String type, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(fake.baseUri().resolve(fake.baseUri().getPath() + path))
            .header("Authorization", BEARER)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (accept != null) {
      b.header("Accept", accept);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void addsAnXmlUserAndAnswersInTheXmlModelsSpelling(FakePublisher fake) throws Exception {
    String xml =
        "<user><name><firstname>Ada</firstname><lastname>Lovelace</lastname><goesby/></name>"
            + "<email>ada@example.com</email><status>active</status>"
            + "<location><city>London</city><postCode>W1</postCode></location>"
            + "<customlinks><link><name>a</name><value>1</value></link>"
            + "<link><name>b</name><value>2</value></link></customlinks></user>";

    HttpResponse<String> added =
        send(fake, "POST", "/api/2/users", "application/xml", "application/xml", xml);
    HttpResponse<String> got = send(fake, "GET", "/api/2/users/1", "application/xml", null, null);

    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(added.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
    assertThat(added.body())
        .contains("<user><id>1</id><email>ada@example.com</email><link>")
        .contains("/highq/api/2/user/1</link></user>");
    assertThat(got.body())
        .contains("<users><user><userid>1</userid>")
        .contains("<postCode>W1</postCode>")
        .contains("<customlink><link><name>a</name><value>1</value></link><link>")
        .contains("<status>Active</status>")
        .doesNotContain("goesby");
    assertThat(
            fake.user("ADA@example.com").orElseThrow().path("location").path("postcode").asText())
        .isEqualTo("W1");
  }

  @Test
  void answersJsonWithOneLinkAsAnObjectAndListsInTheUsersEnvelope(FakePublisher fake)
      throws Exception {
    String json =
        "{\"user\":{\"name\":{\"firstname\":\"Ada\"},\"email\":\"ada@example.com\","
            + "\"sociallinks\":{\"link\":{\"name\":\"LinkedIn\",\"value\":\"x\"}}}}";
    send(fake, "POST", "/api/2/users", null, "application/json", json);
    fake.seedUser("Alan", "Turing", "alan@example.com");

    JsonNode got = JSON.readTree(send(fake, "GET", "/api/2/users/1", null, null, null).body());
    JsonNode list =
        JSON.readTree(send(fake, "GET", "/api/2/users?limit=1&offset=1", null, null, null).body());

    assertThat(got.path("user").path("id").isNumber()).isTrue();
    assertThat(got.path("user").path("sociallinks").path("link").path("name").asText())
        .isEqualTo("LinkedIn");
    assertThat(list.path("users").path("user").path("email").asText())
        .isEqualTo("alan@example.com");
  }

  @Test
  void answersErrorsWithSummaryRefAndLinkInBothFormats(FakePublisher fake) throws Exception {
    HttpResponse<String> json = send(fake, "GET", "/api/2/users/7", null, null, null);
    HttpResponse<String> xml = send(fake, "GET", "/api/2/users/7", "application/xml", null, null);
    HttpResponse<String> empty = send(fake, "POST", "/api/2/users", null, "application/json", "");
    HttpResponse<String> badLimit = send(fake, "GET", "/api/2/users?limit=0", null, null, null);

    JsonNode error = JSON.readTree(json.body()).path("error");
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(error.path("ref").asInt()).isEqualTo(108);
    assertThat(error.path("summary").asText()).isEqualTo("The requested user does not exist");
    assertThat(error.path("link").asText()).contains("/highq/api/2/error/");
    assertThat(xml.body())
        .contains("<error><summary>The requested user does not exist</summary>")
        .contains("<ref>108</ref><link>");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(empty.body()).path("error").path("ref").asInt()).isEqualTo(74);
    assertThat(JSON.readTree(badLimit.body()).path("error").path("ref").asInt()).isEqualTo(107);
  }

  @Test
  void refusesAMissingTokenAndIssuesTokensForTheRefreshToken(FakePublisher fake) throws Exception {
    HttpResponse<String> anonymous =
        HTTP.send(
            HttpRequest.newBuilder(
                    fake.baseUri().resolve(fake.baseUri().getPath() + "/api/2/users"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String form =
        "grant_type=refresh_token&refresh_token="
            + FakePublisher.DEFAULT_REFRESH_TOKEN
            + "&client_id=1012&client_secret="
            + FakePublisher.DEFAULT_CLIENT_SECRET;
    HttpResponse<String> granted =
        send(fake, "POST", "/api/oauth2/token", null, "application/x-www-form-urlencoded", form);
    HttpResponse<String> badClient =
        send(
            fake,
            "POST",
            "/api/oauth2/token",
            null,
            "application/x-www-form-urlencoded",
            form.replace("client_id=1012", "client_id=9"));

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(anonymous.body()).path("error").path("ref").asInt()).isEqualTo(401);
    JsonNode token = JSON.readTree(granted.body());
    assertThat(token.path("access_token").asText()).isEqualTo(fake.issuedAccessTokens().get(0));
    assertThat(token.path("expires_in").asLong()).isEqualTo(3600);
    assertThat(token.path("refresh_token").asText()).isNotBlank();
    assertThat(badClient.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(badClient.body()).path("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void refusesToSeedAUserPublisherWouldRefuse(FakePublisher fake) {
    fake.seedUser("Ada", "Lovelace", "ada@example.com");

    assertThatThrownBy(() -> fake.seedUser("Ada", "Byron", "ADA@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ref 103");
    assertThatThrownBy(() -> fake.seedUser("", "Nobody", "nobody@example.com"))
        .hasMessageStartingWith("ref 102");
  }

  @Test
  void showsEveryStatusOnReadsButTakesOnlyActiveOrInactiveOnWrites(FakePublisher fake)
      throws Exception {
    String id = fake.seedUser("Ada", "Lovelace", "ada@example.com");
    fake.setStatus(id, "pending");
    String json = "application/json";

    JsonNode read = JSON.readTree(send(fake, "GET", "/api/2/users/" + id, json, null, null).body());
    String back =
        "{\"user\":{\"id\":"
            + id
            + ",\"name\":{\"firstname\":\"Ada\"},\"email\":\"ada@example.com\","
            + "\"status\":\"Pending\"}}";
    HttpResponse<String> refused = send(fake, "PUT", "/api/2/users/" + id, json, json, back);
    HttpResponse<String> taken =
        send(fake, "PUT", "/api/2/users/" + id, json, json, back.replace("Pending", "inactive"));

    assertThat(read.path("user").path("status").asText()).isEqualTo("Pending");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("error").path("ref").asInt()).isEqualTo(116);
    assertThat(taken.statusCode()).isEqualTo(200);
    assertThat(fake.user(id).orElseThrow().path("status").asText()).isEqualTo("Inactive");
    assertThatThrownBy(() -> fake.setStatus("99", "pending"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cutsListingPagesToItsCapWithoutSayingSo(FakePublisher fake) throws Exception {
    fake.capPageSize(2);
    for (String n : new String[] {"a", "b", "c"}) {
      fake.seedUser(n, "Lee", n + "@example.com");
    }

    JsonNode page =
        JSON.readTree(
            send(fake, "GET", "/api/2/users?offset=0&limit=200", "application/json", null, null)
                .body());

    assertThat(page.path("users").path("user")).hasSize(2);
    assertThat(page.toString()).doesNotContain("limit", "total");
    assertThatThrownBy(() -> fake.capPageSize(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storesAUserAsGivenWhenAskedTo(FakePublisher fake) throws Exception {
    String id =
        fake.storeAsIs(
            JSON.readTree(
                "{\"name\":{\"firstname\":\""
                    + "x".repeat(150)
                    + "\"},\"email\":\"not-an-address\",\"status\":\"Suspended\"}"));

    assertThat(fake.user(id).orElseThrow().path("email").asText()).isEqualTo("not-an-address");
    assertThat(fake.user(id).orElseThrow().path("status").asText()).isEqualTo("Suspended");
    fake.seedUser("Ada", "Lovelace", "ada@example.com");
    assertThatThrownBy(() -> fake.storeAsIs(JSON.readTree("{\"email\":\"ADA@example.com\"}")))
        .hasMessageStartingWith("ref 103");
  }
}
