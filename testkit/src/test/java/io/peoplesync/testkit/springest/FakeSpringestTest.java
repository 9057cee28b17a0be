package io.peoplesync.testkit.springest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.testkit.FakeVendorsExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class FakeSpringestTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String key(String key) {
    return "api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(FakeSpringest fake, String method, String pathAndQuery)
      throws IOException, InterruptedException {
    return send(fake, method, pathAndQuery, "");
  }

  private static HttpResponse<String> send(
      FakeSpringest fake, String method, String pathAndQuery, String body)
      throws IOException, InterruptedException {
    URI uri = URI.create(fake.baseUri() + pathAndQuery);
    HttpRequest.BodyPublisher publisher =
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return HTTP.send(
        HttpRequest.newBuilder(uri).method(method, publisher).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(FakeSpringest fake, String body) throws Exception {
    return send(fake, "POST", "/users.json?" + key(fake.apiKey()), body);
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Test
  void rejectsAMissingOrWrongKey(FakeSpringest fake) throws Exception {
    fake.useApiKey("k+y/=& ä");

    HttpResponse<String> missing = send(fake, "GET", "/users.json?external_id=E-1");
    HttpResponse<String> wrong = send(fake, "GET", "/users.json?external_id=E-1&api_key=k+y");
    HttpResponse<String> right =
        send(fake, "GET", "/users.json?external_id=E-1&" + key("k+y/=& ä"));

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(json(missing)).isEqualTo(JSON.readTree("{\"error\":\"Invalid API key\"}"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.statusCode()).isEqualTo(404);
  }

  @Test
  void looksUpByExternalIdWithActiveAsText(FakeSpringest fake) throws Exception {
    String id = fake.seed(Map.of("external_id", "E 1&x", "email", "ann@example.com"));
    fake.setLearningTrackStatus("E 1&x", "completed");

    HttpResponse<String> r =
        send(fake, "GET", "/users.json?external_id=E%201%26x&" + key(fake.apiKey()));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r))
        .isEqualTo(
            JSON.readTree(
                "{\"id\":\""
                    + id
                    + "\",\"external_id\":\"E 1&x\",\"user_email\":\"ann@example.com\","
                    + "\"active\":\"true\",\"learning_track_status\":\"completed\"}"));
    assertThat(send(fake, "GET", "/users.json?" + key(fake.apiKey())).statusCode()).isEqualTo(400);
    assertThat(send(fake, "GET", "/bookings.json?" + key(fake.apiKey())).statusCode())
        .isEqualTo(404);
  }

  @Test
  void takesOverAUserFoundByEmailWhenTheExternalIdIsNew(FakeSpringest fake) throws Exception {
    String id = fake.seedApprover("Boss@Example.com");

    HttpResponse<String> r =
        post(fake, "{\"external_id\":\"E-9\",\"email\":\"boss@example.com\",\"tags\":[\"HR\"]}");

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(json(r).path("id").asText()).isEqualTo(id);
    assertThat(fake.users()).containsOnlyKeys(id);
    assertThat(fake.user("E-9"))
        .contains(
            Map.of(
                "external_id",
                "E-9",
                "email",
                "boss@example.com",
                "tags",
                List.of("hr"),
                "active",
                true));
  }

  @Test
  void refusesAnEmailTakenByAnotherUser(FakeSpringest fake) throws Exception {
    fake.seed(Map.of("external_id", "E-1", "email", "ann@example.com"));

    HttpResponse<String> r = post(fake, "{\"external_id\":\"E-2\",\"email\":\"ANN@example.com\"}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).toString())
        .isEqualTo("{\"errors\":{\"email\":[\"has already been taken\"]}}");
    assertThat(fake.user("E-2")).isEmpty();
  }

  @Test
  void rejectsMalformedFieldsAndStoresNothing(FakeSpringest fake) throws Exception {
    HttpResponse<String> r =
        post(
            fake,
            "{\"email\":\"ann@example.com\",\"gender\":\"x\",\"birthdate\":\"1990-02-30\","
                + "\"active\":\"no\",\"approvers\":[{\"email\":\"ann@example.com\","
                + "\"label\":\"manager\"}]}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("errors"))
        .isEqualTo(
            JSON.readTree(
                "{\"gender\":[\"is not included in the list\"],"
                    + "\"birthdate\":[\"is not a valid date\"],\"active\":[\"is not a boolean\"],"
                    + "\"approvers\":[\"ann@example.com is not an active user\","
                    + "\"label is not included in the list\"]}"));
    assertThat(post(fake, "[1]").statusCode()).isEqualTo(400);
    assertThat(post(fake, "{\"first_name\":\"Ann\"}").body())
        .isEqualTo("{\"errors\":{\"base\":[\"email or external_id must be present\"]}}");
    assertThat(fake.users()).isEmpty();
  }

  @Test
  void seedsOnlyWhatTheSiteWouldAccept() {
    try (FakeSpringest fake = new FakeSpringest("k")) {
      assertThat(fake.apiKey()).isEqualTo("k");
      assertThatThrownBy(() -> fake.seed(Map.of("first_name", "Ann")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("email or external_id must be present");
      assertThatThrownBy(() -> fake.setLearningTrackStatus("E-1", "completed"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new FakeSpringest().apiKey()).isEqualTo(FakeSpringest.DEFAULT_API_KEY);
    }
  }

  @Test
  void keepsTheFieldsASaveLeavesOutAndOverwritesTheOnesSentEmpty(FakeSpringest fake)
      throws Exception {
    fake.seedApprover("boss@example.com");
    post(
        fake,
        "{\"external_id\":\"E-1\",\"first_name\":\"Ann\",\"phone_number\":\"+31 6\","
            + "\"tags\":[\"A\"],\"employment_end_date\":\"2026-06-30\",\"active\":false,"
            + "\"approvers\":[{\"email\":\"boss@example.com\",\"label\":\"Manager\"}]}");

    HttpResponse<String> partial = post(fake, "{\"external_id\":\"E-1\",\"first_name\":\"Annie\"}");
    Map<String, Object> afterPartial = fake.user("E-1").orElseThrow();
    HttpResponse<String> emptied =
        post(
            fake,
            "{\"external_id\":\"E-1\",\"phone_number\":\"\",\"tags\":[],\"approvers\":[],"
                + "\"employment_end_date\":null}");

    assertThat(partial.statusCode()).isEqualTo(201);
    assertThat(afterPartial)
        .containsEntry("first_name", "Annie")
        .containsEntry("phone_number", "+31 6")
        .containsEntry("tags", List.of("a"))
        .containsEntry("employment_end_date", "2026-06-30")
        .containsEntry("active", false)
        .containsKey("approvers");
    assertThat(emptied.statusCode()).isEqualTo(201);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("external_id", "E-1");
    expected.put("first_name", "Annie");
    expected.put("phone_number", "");
    expected.put("tags", List.of());
    expected.put("employment_end_date", null);
    expected.put("active", false);
    expected.put("approvers", List.of());
    assertThat(fake.user("E-1").orElseThrow()).isEqualTo(expected);
  }
}
