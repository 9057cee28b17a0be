package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Users endpoints of the fake: users keyed by external id, whether each came through the API,
 * and their profile pictures. Not thread-safe: {@link FakeSpencer} guards it.
 */
final class SpencerUsers {
  /** Spencer's translatable user fields, written as {@code [{"locale", "value"}]}. */
  static final Set<String> TRANSLATABLE =
      Set.of(
          "job_title",
          "department",
          "division",
          "subdivision",
          "contract_type",
          "domain",
          "region",
          "zone");

  /**
   * Fields Spencer sets itself: its own id, the timestamps, and the picture URL (set through its
   * own endpoint). A write carrying any of them gets 400.
   */
  static final List<String> SERVER_FIELDS =
      List.of("id", "created_at", "updated_at", "profile_picture");

  private final Map<String, Stored> users = new LinkedHashMap<>();
  private final Clock clock;
  private int pictures;
  private int created;

  SpencerUsers(Clock clock) {
    this.clock = clock;
  }

  /** Routes {@code /users...} (user tags excluded) by method. */
  FakeResponse handle(RecordedRequest r, List<String> s) {
    String m = r.method();
    if (s.size() == 1) {
      return m.equals("POST") ? create(r) : SpencerReplies.methodNotAllowed(r);
    }
    String id = s.get(1);
    if (s.size() == 2) {
      switch (m) {
        case "GET":
          return find(id).map(u -> FakeResponse.json(200, u.json)).orElse(missing());
        case "HEAD":
          return FakeResponse.empty(users.containsKey(id) ? 200 : 404);
        case "PUT":
          return update(id, r);
        case "DELETE":
          return delete(id);
        default:
          return SpencerReplies.methodNotAllowed(r);
      }
    }
    if (s.size() == 3 && s.get(2).equals("profile-picture")) {
      return m.equals("POST") ? picture(id, r) : SpencerReplies.methodNotAllowed(r);
    }
    return SpencerReplies.notFound("no such resource");
  }

  private FakeResponse create(RecordedRequest r) {
    Optional<ObjectNode> body = SpencerReplies.objectBody(r);
    if (body.isEmpty()) {
      return SpencerReplies.bodyProblem(r);
    }
    SpencerChecks checks = check(body.get(), null);
    if (!checks.ok()) {
      return checks.badRequest();
    }
    String id = body.get().get("external_id").asText();
    if (users.containsKey(id)) {
      return SpencerReplies.error(409, "conflict", "a user with this external_id already exists");
    }
    Stored user = new Stored(stamp(body.get(), null), true);
    users.put(id, user);
    return FakeResponse.json(201, user.json);
  }

  private FakeResponse update(String id, RecordedRequest r) {
    Stored old = users.get(id);
    if (old == null) {
      return missing();
    }
    if (!old.createdThroughApi) {
      return notThroughApi();
    }
    Optional<ObjectNode> body = SpencerReplies.objectBody(r);
    if (body.isEmpty()) {
      return SpencerReplies.bodyProblem(r);
    }
    SpencerChecks checks = check(body.get(), id);
    if (!checks.ok()) {
      return checks.badRequest();
    }
    old.json = stamp(body.get(), old.json);
    return FakeResponse.json(200, old.json);
  }

  private FakeResponse delete(String id) {
    Stored old = users.get(id);
    if (old == null) {
      return missing();
    }
    if (!old.createdThroughApi) {
      return notThroughApi();
    }
    users.remove(id);
    return FakeResponse.empty(204);
  }

  private FakeResponse picture(String id, RecordedRequest r) {
    Stored user = users.get(id);
    if (user == null) {
      return missing();
    }
    Optional<ObjectNode> body = SpencerReplies.objectBody(r);
    if (body.isEmpty()) {
      return SpencerReplies.bodyProblem(r);
    }
    JsonNode media = body.get().path("media");
    if (!media.isTextual() || media.asText().isBlank()) {
      return SpencerReplies.badRequest("media", "is required");
    }
    try {
      user.picture = Base64.getDecoder().decode(media.asText());
    } catch (IllegalArgumentException e) {
      return SpencerReplies.badRequest("media", "must be a base64-encoded image");
    }
    pictures++;
    String url = "https://media.fake-spencer.test/profile-pictures/" + pictures + ".jpg";
    user.json.put("profile_picture", url);
    return FakeResponse.json(201, url);
  }

  private static SpencerChecks check(ObjectNode body, String pathId) {
    SpencerChecks checks = new SpencerChecks();
    checks.serverOnly(body, SERVER_FIELDS);
    checks.id("external_id", body.get("external_id"), SpencerChecks.MAX_EXTERNAL_ID);
    if (pathId != null && !pathId.equals(body.path("external_id").asText(pathId))) {
      checks.add("external_id", "must match the userId in the path");
    }
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      String field = e.getKey();
      JsonNode value = e.getValue();
      if (TRANSLATABLE.contains(field)) {
        checks.translations(field, value, "value", false, SpencerChecks.MAX_TEXT);
      } else if (field.equals("tags")) {
        checks.ids(field, value);
      } else if (field.equals("archived_at")) {
        checks.instant(field, value);
      } else if (field.equals("manager")) {
        checks.text(field, value, SpencerChecks.MAX_EXTERNAL_ID);
      } else if (value.isTextual()
          && !field.equals("external_id")
          && !SERVER_FIELDS.contains(field)) {
        checks.text(field, value, SpencerChecks.MAX_TEXT);
      }
    }
    return checks;
  }

  /**
   * Returns {@code body} as stored, with the server's fields: kept from {@code old} when it
   * replaces a stored user, new ones otherwise.
   */
  private ObjectNode stamp(ObjectNode body, ObjectNode old) {
    ObjectNode json = body.deepCopy();
    if (!json.has("tags")) {
      json.putArray("tags");
    }
    String now = SpencerReplies.now(clock);
    if (old == null) {
      created++;
      json.put("id", String.format("00000000-0000-4000-8000-%012d", created));
      json.put("created_at", now);
    } else {
      json.set("id", old.get("id"));
      json.set("created_at", old.get("created_at"));
      if (old.has("profile_picture")) {
        json.set("profile_picture", old.get("profile_picture"));
      }
    }
    json.put("updated_at", now);
    return json;
  }

  private static FakeResponse missing() {
    return SpencerReplies.notFound("user not found");
  }

  private static FakeResponse notThroughApi() {
    return SpencerReplies.error(
        403,
        "forbidden",
        "only users created through the Integration API can be changed through it");
  }

  Optional<Stored> find(String id) {
    return Optional.ofNullable(users.get(id));
  }

  Map<String, Stored> all() {
    return users;
  }

  /** Adds a user as the back office or the CSV sync would: visible, but not changeable. */
  void seedBackOffice(ObjectNode json) {
    users.put(json.get("external_id").asText(), new Stored(stamp(json, null), false));
  }

  /** One stored user. */
  static final class Stored {
    ObjectNode json;
    final boolean createdThroughApi;
    byte[] picture;

    Stored(ObjectNode json, boolean createdThroughApi) {
      this.json = json;
      this.createdThroughApi = createdThroughApi;
    }
  }
}
