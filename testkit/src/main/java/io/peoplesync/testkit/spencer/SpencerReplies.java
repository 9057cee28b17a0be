package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spencer's answers as the fake gives them. Spencer publishes no error schema, so the fake answers
 * {@code {"code": ..., "message": ..., "errors": {"field": ["msg"]}}}: a shape the client's error
 * parser reads.
 */
final class SpencerReplies {
  static final ObjectMapper JSON = new ObjectMapper();

  private SpencerReplies() {}

  static FakeResponse error(int status, String code, String message) {
    ObjectNode body = JSON.createObjectNode().put("code", code).put("message", message);
    return FakeResponse.json(status, body);
  }

  static FakeResponse badRequest(Map<String, List<String>> errors) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("code", "bad_request")
            .put("message", "validation failed: " + String.join(", ", errors.keySet()));
    body.set("errors", JSON.valueToTree(errors));
    return FakeResponse.json(400, body);
  }

  static FakeResponse badRequest(String field, String message) {
    return badRequest(Map.of(field, List.of(message)));
  }

  static FakeResponse notFound(String message) {
    return error(404, "not_found", message);
  }

  static FakeResponse methodNotAllowed(RecordedRequest request) {
    return error(405, "method_not_allowed", request.method() + " is not allowed here");
  }

  /**
   * Returns the request's JSON object body, or empty when the fake must answer 415 or 400 instead;
   * {@link #bodyProblem} gives that answer.
   */
  static Optional<ObjectNode> objectBody(RecordedRequest request) {
    if (!isJson(request)) {
      return Optional.empty();
    }
    try {
      JsonNode node = request.jsonBody();
      return node != null && node.isObject()
          ? Optional.of((ObjectNode) node.deepCopy())
          : Optional.empty();
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Returns why {@link #objectBody} found no usable body: 415 or 400. */
  static FakeResponse bodyProblem(RecordedRequest request) {
    return isJson(request)
        ? badRequest("body", "must be a JSON object")
        : error(415, "unsupported_media_type", "Content-Type must be application/json");
  }

  private static boolean isJson(RecordedRequest request) {
    return request
        .header("Content-Type")
        .map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/json"))
        .orElse(false);
  }

  /** Returns deep copies of {@code nodes}, unmodifiable and in the same order. */
  static Map<String, JsonNode> copyMap(Map<String, ? extends JsonNode> nodes) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    nodes.forEach((id, n) -> out.put(id, n.deepCopy()));
    return Collections.unmodifiableMap(out);
  }

  /** Returns deep copies of {@code nodes}, unmodifiable and in the same order. */
  static List<JsonNode> copyList(Collection<? extends JsonNode> nodes) {
    List<JsonNode> out = new ArrayList<>();
    nodes.forEach(n -> out.add(n.deepCopy()));
    return Collections.unmodifiableList(out);
  }

  static String now(Clock clock) {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
