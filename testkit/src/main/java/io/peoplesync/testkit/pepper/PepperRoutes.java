package io.peoplesync.testkit.pepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Pepper's endpoints over the fake's state: reads the request, applies the rules, answers. */
final class PepperRoutes {
  private final UserStore users;
  private final ActionLog actions;
  private int pageCap;

  PepperRoutes(UserStore users, ActionLog actions, int pageCap) {
    this.users = users;
    this.actions = actions;
    this.pageCap = pageCap;
  }

  /** Sets the largest page the listings return, whatever {@code limit} asks for. */
  void capPages(int cap) {
    this.pageCap = cap;
  }

  /**
   * Answers one authenticated request at {@code now}; a refusal is thrown as a {@link PepperError}.
   */
  FakeResponse route(RecordedRequest r, Instant now) {
    List<String> path = r.segments();
    String method = r.method();
    if (path.equals(List.of("users"))) {
      if (method.equals("GET")) {
        return listUsers(r);
      }
      if (method.equals("POST")) {
        return createUser(r, now);
      }
    } else if (path.size() == 2 && path.get(0).equals("users")) {
      if (method.equals("PUT")) {
        return updateUser(path.get(1), r, now);
      }
      if (method.equals("DELETE")) {
        return deleteUser(path.get(1), now);
      }
    } else if (path.equals(List.of("actions"))) {
      if (method.equals("GET")) {
        return listActions(r, now);
      }
    } else {
      throw PepperError.notFound("No route " + r.rawPath());
    }
    throw new PepperError(405, "MethodNotAllowed", method + " is not allowed on " + r.rawPath());
  }

  private FakeResponse listUsers(RecordedRequest r) {
    boolean credentials = csv(r.queryParam("include")).contains("credentials");
    Optional<Instant> updatedAfter = Wire.instantParam(r, "updatedAfter");
    Optional<String> login = r.queryParam("credentialId");
    int limit = Wire.limit(r);
    Optional<String> after = Wire.startKeyParam(r);
    List<ObjectNode> matching =
        users.live(
            u ->
                updatedAfter
                        .map(t -> Instant.parse(u.path("updatedAt").asText()).isAfter(t))
                        .orElse(true)
                    && login.map(l -> UserStore.hasLogin(u, l)).orElse(true)
                    && after.map(a -> u.path("_id").asText().compareTo(a) > 0).orElse(true));
    List<ObjectNode> views =
        matching.stream().map(u -> view(u, credentials)).collect(Collectors.toList());
    return FakeResponse.json(200, Wire.page(views, limit, pageCap));
  }

  private FakeResponse createUser(RecordedRequest r, Instant now) {
    boolean autoActivate = r.queryParam("autoActivate").filter("true"::equals).isPresent();
    ObjectNode user = users.create(body(r), autoActivate, now);
    JsonNode login = user.path("credentials").path(0);
    ObjectNode metadata = Wire.JSON.createObjectNode();
    metadata
        .put("username", login.path("id").asText())
        .put("provider", login.path("provider").asText());
    for (String flag : List.of("hasAgreedToShareData", "hasAgreedToReceiveMarketing")) {
      if (user.has(flag)) {
        metadata.set(flag, user.get(flag).deepCopy());
      }
    }
    actions.record("USER_CREATED", user, metadata, now);
    return FakeResponse.json(200, user);
  }

  private FakeResponse updateUser(String id, RecordedRequest r, Instant now) {
    ObjectNode changes = users.update(id, body(r), now);
    ObjectNode user = users.live(id).orElseThrow();
    if (changes.size() > 0) {
      actions.record("USER_CHANGED", user, changes, now);
    }
    return FakeResponse.json(200, user);
  }

  private FakeResponse deleteUser(String id, Instant now) {
    ObjectNode erased = users.erase(id, now);
    actions.redact(id);
    actions.record("USER_DELETED", erased, Wire.JSON.createObjectNode(), now);
    return FakeResponse.empty(204);
  }

  private FakeResponse listActions(RecordedRequest r, Instant now) {
    List<ObjectNode> matching =
        actions.query(
            Wire.instantParam(r, "when.timestamp.gt"),
            Wire.instantParam(r, "when.timestamp.lte"),
            csv(r.queryParam("type")),
            Wire.startKeyParam(r),
            now);
    return FakeResponse.json(200, Wire.page(matching, Wire.limit(r), pageCap));
  }

  private static JsonNode body(RecordedRequest r) {
    if (r.bodyText().isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return r.jsonBody();
    } catch (UncheckedIOException e) {
      throw PepperError.validation("body is not JSON");
    }
  }

  private static ObjectNode view(ObjectNode user, boolean credentials) {
    ObjectNode copy = user.deepCopy();
    if (!credentials) {
      copy.remove("credentials");
    }
    return copy;
  }

  private static Set<String> csv(Optional<String> value) {
    if (value.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(value.get().split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
