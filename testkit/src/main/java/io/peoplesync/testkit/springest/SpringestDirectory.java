package io.peoplesync.testkit.springest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users of one fake site, keyed by Springest id in creation order. Every method is
 * synchronized: the server thread writes while a test thread reads.
 */
final class SpringestDirectory {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP =
      new TypeReference<LinkedHashMap<String, Object>>() {};

  /** What a save did: the user's id, or the validation errors that stopped it. */
  static final class Outcome {
    final String id;
    final Map<String, List<String>> errors;

    private Outcome(String id, Map<String, List<String>> errors) {
      this.id = id;
      this.errors = errors;
    }
  }

  private static final class Stored {
    ObjectNode fields;
    String learningTrackStatus = "no_tracks_assigned";
  }

  private final Map<String, Stored> byId = new LinkedHashMap<>();
  private long nextId = 1001;

  /**
   * Creates the user, or overwrites the fields sent on the one matched on external_id, else on
   * e-mail; fields left out keep their stored values.
   */
  synchronized Outcome save(ObjectNode sent) {
    Map<String, List<String>> errors = SpringestRules.check(sent, this::isActiveUser);
    String externalId = SpringestRules.text(sent, "external_id");
    String email = SpringestRules.text(sent, "email");
    Optional<String> match = externalId.isBlank() ? Optional.empty() : idOf(externalId);
    if (match.isEmpty() && !email.isBlank()) {
      match = idOfEmail(email).filter(id -> claimable(id, externalId));
    }
    Optional<String> owner = email.isBlank() ? Optional.empty() : idOfEmail(email);
    if (owner.isPresent() && !owner.equals(match)) {
      errors.computeIfAbsent("email", k -> new ArrayList<>()).add("has already been taken");
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, errors);
    }
    String id = match.orElseGet(() -> String.valueOf(nextId++));
    Stored stored = byId.computeIfAbsent(id, k -> new Stored());
    stored.fields = SpringestRules.overwrite(stored.fields, sent);
    return new Outcome(id, Map.of());
  }

  /** Returns the id of the user with {@code externalId}. */
  synchronized Optional<String> idOf(String externalId) {
    return byId.entrySet().stream()
        .filter(e -> SpringestRules.text(e.getValue().fields, "external_id").equals(externalId))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Returns the id of the user with {@code email}, ignoring case as Springest's login does. */
  synchronized Optional<String> idOfEmail(String email) {
    return byId.entrySet().stream()
        .filter(e -> SpringestRules.text(e.getValue().fields, "email").equalsIgnoreCase(email))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Returns a copy of the stored fields of user {@code id}. */
  synchronized Optional<Map<String, Object>> fields(String id) {
    return Optional.ofNullable(byId.get(id)).map(s -> copy(s.fields));
  }

  /** Returns a copy of every user's stored fields, by id in creation order. */
  synchronized Map<String, Map<String, Object>> all() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    byId.forEach((id, s) -> out.put(id, copy(s.fields)));
    return Collections.unmodifiableMap(out);
  }

  /** Returns the lookup answer for user {@code id}: the five documented fields. */
  synchronized Optional<ObjectNode> status(String id) {
    return Optional.ofNullable(byId.get(id))
        .map(
            s -> {
              ObjectNode out = JSON.createObjectNode().put("id", id);
              out.set("external_id", orNull(s.fields.path("external_id")));
              out.set("user_email", orNull(s.fields.path("email")));
              out.put("active", String.valueOf(s.fields.path("active").asBoolean()));
              return out.put("learning_track_status", s.learningTrackStatus);
            });
  }

  /** Sets the learning-track status the lookup reports for user {@code id}. */
  synchronized void learningTrackStatus(String id, String status) {
    byId.get(id).learningTrackStatus = status;
  }

  private boolean isActiveUser(String email) {
    return idOfEmail(email).map(id -> byId.get(id).fields.path("active").asBoolean()).orElse(false);
  }

  // A user found by e-mail is taken over only if the external ids do not contradict each other.
  private boolean claimable(String id, String externalId) {
    String held = SpringestRules.text(byId.get(id).fields, "external_id");
    return externalId.isBlank() || held.isBlank() || held.equals(externalId);
  }

  private static JsonNode orNull(JsonNode value) {
    return value.isMissingNode() ? NullNode.getInstance() : value.deepCopy();
  }

  private static Map<String, Object> copy(ObjectNode fields) {
    return Collections.unmodifiableMap(JSON.convertValue(fields, MAP));
  }
}
