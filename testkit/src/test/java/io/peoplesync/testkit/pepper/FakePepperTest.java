package io.peoplesync.testkit.pepper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.testkit.FakeVendorsExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake's wire rules, spoken to with a bare HTTP client. */
@ExtendWith(FakeVendorsExtension.class)
class FakePepperTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Instant NOW = Instant.parse("2024-03-01T09:00:00.123456Z");

  /** A status and a parsed body. */
  private static final class Answer {
    final int status;
    final JsonNode body;

    Answer(int status, JsonNode body) {
      this.status = status;
      this.body = body;
    }
  }

  private static Answer call(FakePepper fake, String method, String path, String body)
      throws Exception {
    return call(fake, method, path, body, "Token " + FakePepper.DEFAULT_TOKEN, "8");
  }

  private static Answer call(
      FakePepper fake, String method, String path, String body, String auth, String version)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(fake.baseUri().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("x-application-id", FakePepper.DEFAULT_APPLICATION_ID)
            .header("x-api-version", version);
    if (auth != null) {
      b.header("Authorization", auth);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
  }

  private static String user(String first, String email) {
    return "{\"firstName\":\""
        + first
        + "\",\"lastName\":\"Lee\",\"credentials\":[{\"provider\":\"EMAIL\",\"id\":\""
        + email
        + "\",\"token\":\"secret-pw\"}],\"hasAgreedToShareData\":true}";
  }

  @Test
  void checksTokenApplicationIdAndApiVersion(FakePepper fake) throws Exception {
    assertThat(call(fake, "GET", "/users", null, null, "8").status).isEqualTo(401);
    assertThat(call(fake, "GET", "/users", null, "Bearer " + FakePepper.DEFAULT_TOKEN, "8").status)
        .isEqualTo(401);
    assertThat(call(fake, "GET", "/users", null, "Token " + FakePepper.DEFAULT_TOKEN, "9").body)
        .isEqualTo(
            JSON.readTree(
                "{\"code\":\"Unauthorized\",\"message\":\"x-api-version must be 8 or 10\"}"));
    assertThat(call(fake, "GET", "/users", null, "Token " + FakePepper.DEFAULT_TOKEN, "10").status)
        .isEqualTo(200);
    assertThat(call(fake, "GET", "/nowhere", null).status).isEqualTo(404);
    assertThat(call(fake, "PATCH", "/users/x", "{}").status).isEqualTo(405);
  }

  @Test
  void pagesUsersWithAStartKeyEvenOnTheShortLastPage(FakePepper fake) throws Exception {
    fake.useClock(Clock.fixed(NOW, ZoneOffset.UTC));
    for (String n : new String[] {"ann", "bob", "cara"}) {
      assertThat(call(fake, "POST", "/users?autoActivate=true", user(n, n + "@x.io")).status)
          .isEqualTo(200);
    }

    JsonNode first = call(fake, "GET", "/users?limit=2", null).body;
    String key = first.path("page").path("startKey").asText();
    JsonNode last = call(fake, "GET", "/users?limit=2&startKey=" + key, null).body;
    String lastKey = last.path("page").path("startKey").asText();
    JsonNode empty = call(fake, "GET", "/users?limit=2&startKey=" + lastKey, null).body;

    assertThat(first.path("page").path("count").asInt()).isEqualTo(2);
    assertThat(new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8))
        .isEqualTo("{\"_id\":\"" + first.path("items").path(1).path("_id").asText() + "\"}");
    assertThat(first.path("items").path(0).has("credentials")).isFalse();
    assertThat(last.path("items").path(0).path("firstName").asText()).isEqualTo("cara");
    assertThat(last.path("page").toString()).contains("\"count\":1,\"limit\":2,\"startKey\"");
    assertThat(empty.toString()).isEqualTo("{\"items\":[],\"page\":{\"count\":0,\"limit\":2}}");
    JsonNode ann = first.path("items").path(0);
    assertThat(ann.path("_id")).isEqualTo(ann.path("id"));
    assertThat(ann.path("created").asText()).isEqualTo("2024-03-01T09:00:00.123Z");
    assertThat(call(fake, "GET", "/users?startKey=%21%21", null).status).isEqualTo(422);
    assertThat(call(fake, "GET", "/users?limit=0", null).status).isEqualTo(422);
    assertThat(call(fake, "GET", "/users?updatedAfter=yesterday", null).status).isEqualTo(422);
  }

  @Test
  void looksUsersUpByLoginAndListsCredentialsOnRequest(FakePepper fake) throws Exception {
    JsonNode created = call(fake, "POST", "/users", user("ann", "Ann@X.io")).body;

    JsonNode found =
        call(fake, "GET", "/users?credentialId=ann%40x.io&include=credentials", null).body;

    assertThat(created.path("isActivated").asBoolean()).isFalse();
    assertThat(created.toString()).doesNotContain("secret-pw");
    assertThat(found.path("items").path(0).path("credentials").path(0).path("id").asText())
        .isEqualTo("Ann@X.io");
    assertThat(call(fake, "POST", "/users", user("ann2", "ann@x.io")).body.toString())
        .isEqualTo(
            "{\"code\":\"Validation\",\"message\":\"ann@x.io is already associated with an account\"}");
    assertThat(call(fake, "POST", "/users", "{\"firstName\":\"x\"}").status).isEqualTo(422);
    assertThat(call(fake, "POST", "/users", "not json").status).isEqualTo(422);
    assertThatThrownBy(() -> fake.seedUser("A", "B", "ann@x.io"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already associated");
  }

  @Test
  void mergesChangesAndRecordsOnlyRealOnes(FakePepper fake) throws Exception {
    String id = fake.seedUser("Ann", "Lee", "ann@x.io");

    JsonNode changed =
        call(fake, "PUT", "/users/" + id, "{\"firstName\":\"Ann\",\"lastName\":null,\"x\":1}").body;
    call(fake, "PUT", "/users/" + id, "{\"firstName\":\"Ann\"}");

    assertThat(changed.path("fullName").asText()).isEqualTo("Ann");
    assertThat(changed.path("x").asInt()).isEqualTo(1);
    assertThat(fake.actions()).hasSize(1);
    assertThat(fake.actions().get(0).path("metadata").toString())
        .isEqualTo("{\"lastName\":null,\"x\":1}");
    assertThat(call(fake, "PUT", "/users/" + id, "{\"_id\":\"other\"}").status).isEqualTo(422);
    assertThat(call(fake, "PUT", "/users/" + id, "{\"hasAgreedToShareData\":\"yes\"}").status)
        .isEqualTo(422);
    assertThat(call(fake, "PUT", "/users/nobody", "{\"firstName\":\"A\"}").status).isEqualTo(404);
  }

  @Test
  void filtersAndPagesActionsByTimeAndType(FakePepper fake) throws Exception {
    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneOffset.UTC));
    String ann = call(fake, "POST", "/users", user("ann", "ann@x.io")).body.path("_id").asText();
    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:01:00Z"), ZoneOffset.UTC));
    call(fake, "PUT", "/users/" + ann, "{\"firstName\":\"Anna\"}");
    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:02:00Z"), ZoneOffset.UTC));
    assertThat(call(fake, "DELETE", "/users/" + ann, null).status).isEqualTo(204);
    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:05:00Z"), ZoneOffset.UTC));

    JsonNode window =
        call(
                fake,
                "GET",
                "/actions?when.timestamp.gt=2024-03-01T09:00:00.000Z"
                    + "&when.timestamp.lte=2024-03-01T09:02:00.000Z&limit=1",
                null)
            .body;
    String key = window.path("page").path("startKey").asText();
    JsonNode next =
        call(
                fake,
                "GET",
                "/actions?when.timestamp.gt=2024-03-01T09:00:00.000Z"
                    + "&when.timestamp.lte=2024-03-01T09:02:00.000Z&limit=1&startKey="
                    + key,
                null)
            .body;
    JsonNode typed = call(fake, "GET", "/actions?type=USER_CREATED,USER_DELETED", null).body;

    assertThat(window.path("items").path(0).path("type").asText()).isEqualTo("USER_CHANGED");
    assertThat(next.path("items").path(0).path("type").asText()).isEqualTo("USER_DELETED");
    assertThat(next.path("items").path(0).path("when").path("timestamp").asText())
        .isEqualTo("2024-03-01T09:02:00.000Z");
    assertThat(typed.path("items"))
        .extracting(a -> a.path("type").asText())
        .containsExactly("USER_CREATED", "USER_DELETED");
    JsonNode created = typed.path("items").path(0);
    assertThat(created.path("context").path("user").toString())
        .isEqualTo("{\"_id\":\"" + ann + "\"}");
    assertThat(created.path("metadata").toString())
        .isEqualTo("{\"provider\":\"EMAIL\",\"hasAgreedToShareData\":true}");
    assertThat(fake.user(ann).orElseThrow().toString()).doesNotContain("ann", "Lee");
    assertThat(call(fake, "DELETE", "/users/" + ann, null).status).isEqualTo(404);
  }

  @Test
  void capsEveryPageWhateverTheLimitAsksForAndReportsTheSizeUsed(FakePepper fake) throws Exception {
    fake.capPageSize(2);
    for (String n : new String[] {"a", "b", "c"}) {
      fake.seedUser(n, "Lee", n + "@x.io");
    }

    JsonNode first = call(fake, "GET", "/users?limit=500", null).body;
    String key = first.path("page").path("startKey").asText();
    JsonNode second = call(fake, "GET", "/users?limit=500&startKey=" + key, null).body;
    JsonNode small = call(fake, "GET", "/users?limit=1", null).body;

    assertThat(first.path("items")).hasSize(2);
    assertThat(first.path("page").toString()).startsWith("{\"count\":2,\"limit\":2,");
    assertThat(second.path("items")).hasSize(1);
    assertThat(small.path("page").path("limit").asInt()).isEqualTo(1);
    assertThat(new FakePepper().capPageSize(FakePepper.DEFAULT_PAGE_CAP)).isNotNull();
    assertThatThrownBy(() -> fake.capPageSize(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsEveryThirdActionOnlyTwoMinutesAfterItsTimestamp(FakePepper fake) throws Exception {
    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneOffset.UTC));
    for (String n : new String[] {"a", "b", "c", "d"}) {
      call(fake, "POST", "/users", user(n, n + "@x.io"));
    }
    String all = "/actions?when.timestamp.gt=2024-03-01T08:00:00.000Z";

    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:01:59.999Z"), ZoneOffset.UTC));
    assertThat(call(fake, "GET", all, null).body.path("items")).hasSize(3);
    fake.useClock(Clock.fixed(Instant.parse("2024-03-01T09:02:00Z"), ZoneOffset.UTC));
    JsonNode later = call(fake, "GET", all, null).body.path("items");
    assertThat(later).hasSize(4);
    assertThat(later.path(2).path("when").path("timestamp").asText())
        .isEqualTo("2024-03-01T09:00:00.000Z");

    fake.listActionsLate(0, Duration.ZERO);
    call(fake, "POST", "/users", user("e", "e@x.io"));
    call(fake, "POST", "/users", user("f", "f@x.io"));
    assertThat(call(fake, "GET", all, null).body.path("items")).hasSize(6);
    assertThatThrownBy(() -> fake.listActionsLate(-1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAChangeThatSendsBackFieldsPepperKeepsForItself(FakePepper fake) throws Exception {
    String id = fake.seedUser("Ann", "Lee", "ann@x.io");

    for (String field :
        new String[] {
          "\"roles\":[\"USER\"]",
          "\"isActivated\":true",
          "\"points\":0",
          "\"fullName\":\"Ann Lee\"",
          "\"state\":\"ACTIVE\""
        }) {
      Answer a = call(fake, "PUT", "/users/" + id, "{\"firstName\":\"A\"," + field + "}");
      assertThat(a.status).as(field).isEqualTo(422);
      assertThat(a.body.path("message").asText()).endsWith("cannot be changed");
    }
    assertThat(fake.user(id).orElseThrow().path("firstName").asText()).isEqualTo("Ann");
  }
}
