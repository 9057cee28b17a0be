package io.peoplesync.testkit.ortec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeVendorsExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class FakeOrtecTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> send(FakeOrtec fake, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(fake.baseUri() + path))
            .header("Content-Type", "application/json");
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(FakeOrtec fake, ObjectNode body) throws Exception {
    return send(fake, "POST", "/accounts", body.toString());
  }

  private static ObjectNode batch(FakeOrtec fake) {
    ObjectNode body = JSON.createObjectNode().put("feed", fake.feed());
    body.put("apikey", fake.apiKey()).putArray("accounts");
    return body;
  }

  private static ObjectNode item(ObjectNode batch, String action, String id) {
    ObjectNode item = ((ArrayNode) batch.get("accounts")).addObject();
    if (action != null) {
      item.put("action", action);
    }
    if (id != null) {
      item.put("id", id);
    }
    return item;
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Test
  void appliesItemsInOrderAndAnswersOneResultEach(FakeOrtec fake) throws Exception {
    fake.seed("old@example.com", Map.of("function", "tester"));
    ObjectNode b = batch(fake);
    item(b, "insert", "a@example.com").put("firstName", "Ann");
    item(b, "insert", "a@example.com");
    item(b, "update", "ghost@example.com");
    item(b, "delete", "ghost@example.com");
    item(b, "upsert", null);
    item(b, null, "b@example.com");
    item(b, "archive", "b@example.com");
    ((ArrayNode) b.get("accounts")).add("not an object");
    item(b, "delete", "old@example.com");
    item(b, "update", "a@example.com").put("function", "dev");

    HttpResponse<String> r = post(fake, b);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r))
        .isEqualTo(
            JSON.readTree(
                "{\"results\":[{\"status\":\"ok\"},{\"error\":\"profile already exists\"},"
                    + "{\"error\":\"current profile not found\"},"
                    + "{\"error\":\"current profile not found\"},{\"error\":\"missing id\"},"
                    + "{\"error\":\"missing action\"},{\"error\":\"unknown action: archive\"},"
                    + "{\"error\":\"account must be a JSON object\"},{\"status\":\"ok\"},"
                    + "{\"status\":\"ok\"}]}"));
    assertThat(fake.accounts())
        .containsOnlyKeys("a@example.com")
        .containsEntry("a@example.com", Map.of("firstName", "Ann", "function", "dev"));
    assertThat(fake.batchSizes()).containsExactly(10);
  }

  @Test
  void upsertCreatesThenMergesAndNullRemovesAField(FakeOrtec fake) throws Exception {
    ObjectNode first = batch(fake);
    item(first, "upsert", "a@example.com").put("firstName", "Ann").put("function", "dev");
    ObjectNode second = batch(fake);
    item(second, "upsert", "a@example.com").put("function", "lead").putNull("firstName");
    item(second, "upsert", "a@example.com").putObject("team").put("name", "core");

    post(fake, first);
    HttpResponse<String> r = post(fake, second);

    assertThat(json(r).get("results")).hasSize(2);
    assertThat(fake.account("a@example.com"))
        .contains(Map.of("function", "lead", "team", Map.of("name", "core")));
    HttpResponse<String> read =
        send(fake, "GET", "/accounts/a%40example.com?feed=hr-feed&apikey=fake-ortec-apikey", null);
    assertThat(json(read))
        .isEqualTo(
            JSON.readTree(
                "{\"id\":\"a@example.com\",\"function\":\"lead\",\"team\":{\"name\":\"core\"}}"));
    HttpResponse<String> list =
        send(fake, "GET", "/accounts?feed=hr-feed&apikey=fake-ortec-apikey", null);
    assertThat(json(list).get("accounts")).hasSize(1);
  }

  @Test
  void rejectsAWrongOrMissingSecretWith401AndChangesNothing(FakeOrtec fake) throws Exception {
    ObjectNode wrongKey = batch(fake).put("apikey", "nope");
    item(wrongKey, "upsert", "a@example.com");
    ObjectNode noFeed = batch(fake);
    noFeed.remove("feed");
    item(noFeed, "upsert", "a@example.com");

    for (HttpResponse<String> r :
        List.of(
            post(fake, wrongKey),
            post(fake, noFeed),
            send(fake, "GET", "/accounts/a%40example.com?feed=hr-feed", null),
            send(fake, "GET", "/accounts?feed=hr-feed&apikey=nope", null))) {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(json(r).get("error").asText()).isEqualTo("invalid feed or apikey");
    }
    assertThat(fake.accounts()).isEmpty();
    assertThat(fake.batchSizes()).isEmpty();
  }

  @Test
  void acceptsOnlyItsConfiguredCredentials() throws Exception {
    try (FakeOrtec fake = new FakeOrtec("other-feed", "other-key")) {
      fake.start();
      ObjectNode ok = batch(fake);
      item(ok, "upsert", "a@example.com");
      ObjectNode defaults =
          batch(fake).put("feed", FakeOrtec.DEFAULT_FEED).put("apikey", FakeOrtec.DEFAULT_API_KEY);
      item(defaults, "upsert", "b@example.com");

      assertThat(post(fake, ok).statusCode()).isEqualTo(200);
      assertThat(post(fake, defaults).statusCode()).isEqualTo(401);
      assertThat(fake.accounts()).containsOnlyKeys("a@example.com");
    }
  }

  @Test
  void rejectsABatchOfMoreThan1000AccountsWith413(FakeOrtec fake) throws Exception {
    ObjectNode tooBig = batch(fake);
    ObjectNode limit = batch(fake);
    for (int i = 0; i < 1001; i++) {
      item(tooBig, "upsert", "u" + i + "@example.com");
      if (i < 1000) {
        item(limit, "upsert", "u" + i + "@example.com");
      }
    }

    HttpResponse<String> rejected = post(fake, tooBig);
    HttpResponse<String> accepted = post(fake, limit);

    assertThat(rejected.statusCode()).isEqualTo(413);
    assertThat(json(rejected).get("error").asText())
        .isEqualTo("too many accounts in one batch: 1001 (at most 1000)");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(json(accepted).get("results")).hasSize(1000);
    assertThat(fake.accounts()).hasSize(1000);
    assertThat(fake.batchSizes()).containsExactly(1000);
  }

  @Test
  void rejectsMalformedRequests(FakeOrtec fake) throws Exception {
    ObjectNode noAccounts = batch(fake);
    noAccounts.put("accounts", "all");

    assertThat(send(fake, "POST", "/accounts", "{\"feed\":").statusCode()).isEqualTo(400);
    assertThat(send(fake, "POST", "/accounts", "[]").statusCode()).isEqualTo(400);
    assertThat(post(fake, noAccounts).statusCode()).isEqualTo(400);
    assertThat(send(fake, "PUT", "/accounts", "{}").statusCode()).isEqualTo(405);
    assertThat(send(fake, "POST", "/users", "{}").statusCode()).isEqualTo(404);
    HttpResponse<String> plain =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(fake.baseUri() + "/accounts"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(batch(fake).toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(
            send(fake, "GET", "/accounts/nobody?feed=hr-feed&apikey=fake-ortec-apikey", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMisalignedAnswerStillAppliesTheBatchAndLeavesOutTheLastResult(FakeOrtec fake)
      throws Exception {
    fake.misalignNextAnswers(1);
    ObjectNode first = batch(fake);
    item(first, "upsert", "a@example.com").put("function", "dev");
    item(first, "upsert", "b@example.com");
    ObjectNode second = batch(fake);
    item(second, "upsert", "c@example.com");

    JsonNode short1 = json(post(fake, first));
    JsonNode full2 = json(post(fake, second));

    assertThat(short1.get("results")).hasSize(1);
    assertThat(full2.get("results")).hasSize(1);
    assertThat(fake.accounts()).containsOnlyKeys("a@example.com", "b@example.com", "c@example.com");
  }
}
