package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user-tag endpoints of the fake: tags keyed by id, each with {@code translations} written as
 * {@code [{"locale", "name"}]} (en-US required), an optional {@code is_permanent}, and the
 * timestamps Spencer sets (refused on write). Not thread-safe: {@link FakeSpencer} guards it.
 */
final class SpencerTags {
  /** Fields Spencer sets itself; a write carrying any of them gets 400. */
  static final List<String> SERVER_FIELDS = List.of("created_at", "updated_at");

  private final Map<String, ObjectNode> tags = new LinkedHashMap<>();
  private final Clock clock;

  SpencerTags(Clock clock) {
    this.clock = clock;
  }

  /** Returns whether {@code /users/tags...} with this method is a tag call, not a user call. */
  static boolean isTagRoute(String method, List<String> s) {
    if (s.size() < 2 || !s.get(1).equals("tags")) {
      return false;
    }
    return s.size() == 2 ? method.equals("POST") : s.size() == 3 && !method.equals("POST");
  }

  /** Routes a call that {@link #isTagRoute} accepted. */
  FakeResponse handle(RecordedRequest r, List<String> s) {
    if (s.size() == 2) {
      return create(r);
    }
    String id = s.get(2);
    switch (r.method()) {
      case "HEAD":
        return FakeResponse.empty(tags.containsKey(id) ? 200 : 404);
      case "GET":
        return tags.containsKey(id) ? FakeResponse.json(200, tags.get(id)) : missing();
      case "PUT":
        return update(id, r);
      default:
        return SpencerReplies.methodNotAllowed(r);
    }
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
    String id = body.get().get("id").asText();
    if (tags.containsKey(id)) {
      return SpencerReplies.error(409, "conflict", "a user tag with this id already exists");
    }
    ObjectNode tag = stored(body.get(), SpencerReplies.now(clock));
    tags.put(id, tag);
    return FakeResponse.json(201, tag);
  }

  private FakeResponse update(String id, RecordedRequest r) {
    ObjectNode old = tags.get(id);
    if (old == null) {
      return missing();
    }
    Optional<ObjectNode> body = SpencerReplies.objectBody(r);
    if (body.isEmpty()) {
      return SpencerReplies.bodyProblem(r);
    }
    if (!body.get().has("id")) {
      body.get().put("id", id);
    }
    SpencerChecks checks = check(body.get(), id);
    if (!checks.ok()) {
      return checks.badRequest();
    }
    ObjectNode tag = stored(body.get(), old.path("created_at").asText());
    tags.put(id, tag);
    return FakeResponse.json(200, tag);
  }

  private static SpencerChecks check(ObjectNode body, String pathId) {
    SpencerChecks checks = new SpencerChecks();
    checks.serverOnly(body, SERVER_FIELDS);
    checks.id("id", body.get("id"), SpencerChecks.MAX_TEXT);
    if (pathId != null && !pathId.equals(body.path("id").asText())) {
      checks.add("id", "must match the tagId in the path");
    }
    checks.translations(
        "translations", body.get("translations"), "name", true, SpencerChecks.MAX_TEXT);
    JsonNode permanent = body.get("is_permanent");
    if (permanent != null && !permanent.isNull() && !permanent.isBoolean()) {
      checks.add("is_permanent", "must be a boolean");
    }
    return checks;
  }

  private ObjectNode stored(ObjectNode body, String createdAt) {
    ObjectNode tag = body.deepCopy();
    if (!tag.hasNonNull("is_permanent")) {
      tag.put("is_permanent", false);
    }
    tag.put("created_at", createdAt);
    tag.put("updated_at", SpencerReplies.now(clock));
    return tag;
  }

  private static FakeResponse missing() {
    return SpencerReplies.notFound("user tag not found");
  }

  Map<String, ObjectNode> all() {
    return tags;
  }
}
