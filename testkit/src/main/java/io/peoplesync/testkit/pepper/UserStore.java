package io.peoplesync.testkit.pepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Pepper's user records and the rules for changing them; every user, live or erased, by {@code
 * _id}. Ids grow with each creation, so the map's order is creation order.
 */
final class UserStore {
  /**
   * Fields a {@code PUT} cannot change: identity, bookkeeping, the derived full name and what
   * Pepper keeps for itself (roles, activation, loyalty balance); sending one back is a 422.
   */
  private static final Set<String> FIXED =
      Set.of(
          "_id",
          "id",
          "tenantId",
          "created",
          "updatedAt",
          "fullName",
          "credentials",
          "state",
          "roles",
          "isActivated",
          "reviewCandidate",
          "points",
          "balance",
          "demo");

  /** What survives a GDPR erasure: nothing that identifies the person. */
  private static final Set<String> KEPT_ON_ERASURE =
      Set.of(
          "_id",
          "id",
          "tenantId",
          "roles",
          "state",
          "created",
          "updatedAt",
          "isActivated",
          "points",
          "balance",
          "demo");

  private static final Set<String> FLAGS =
      Set.of("hasAgreedToShareData", "hasAgreedToReceiveMarketing");
  private static final Set<String> NAMES = Set.of("firstName", "lastName");

  private final Map<String, ObjectNode> users = new TreeMap<>();
  private final String tenantId;
  private int sequence;

  UserStore(String tenantId) {
    this.tenantId = tenantId;
  }

  /**
   * Creates a user from a {@code POST /users} body. Credential passwords ({@code token}) are
   * dropped, never stored or echoed.
   *
   * @throws PepperError 422 if the body is malformed or a login already has an account
   */
  ObjectNode create(JsonNode body, boolean autoActivate, Instant now) {
    if (!body.isObject()) {
      throw PepperError.validation("body must be a JSON object");
    }
    ArrayNode credentials = credentials(body.path("credentials"), autoActivate);
    for (JsonNode c : credentials) {
      String login = c.path("id").asText();
      if (byCredential(login).isPresent()) {
        throw PepperError.validation(login + " is already associated with an account");
      }
    }
    String id = String.format(Locale.ROOT, "64e34958d8623591%08x", ++sequence);
    ObjectNode user = Wire.JSON.createObjectNode();
    user.put("_id", id).put("id", id).put("tenantId", tenantId);
    for (Map.Entry<String, JsonNode> f : body.properties()) {
      if (!FIXED.contains(f.getKey())) {
        checkField(f.getKey(), f.getValue());
        user.set(f.getKey(), f.getValue().deepCopy());
      }
    }
    user.put("isActivated", autoActivate);
    user.putArray("roles").add("USER");
    user.putNull("defaultTip");
    for (String empty : List.of("favouriteLocations", "favouriteProducts", "addresses", "tags")) {
      user.putArray(empty);
    }
    user.put("state", "ACTIVE").put("created", Wire.format(now)).put("updatedAt", Wire.format(now));
    user.put("reviewCandidate", "false").put("points", 0).put("balance", 0.0).put("demo", false);
    user.set("credentials", credentials);
    fullName(user);
    users.put(id, user);
    return user;
  }

  /**
   * Merges a {@code PUT /users/{id}} body into a live user: given fields replace, JSON nulls
   * remove, absent fields stay. Returns the fields that really changed, with their new values.
   *
   * @throws PepperError 404 for an unknown or erased user, 422 for a malformed body
   */
  ObjectNode update(String id, JsonNode body, Instant now) {
    ObjectNode user = live(id).orElseThrow(() -> notFound(id));
    if (!body.isObject() || body.size() == 0) {
      throw PepperError.validation("body must be a JSON object with at least one field");
    }
    ObjectNode changes = Wire.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> f : body.properties()) {
      if (FIXED.contains(f.getKey())) {
        throw PepperError.validation(f.getKey() + " cannot be changed");
      }
      if (!f.getValue().isNull()) {
        checkField(f.getKey(), f.getValue());
      }
    }
    for (Map.Entry<String, JsonNode> f : body.properties()) {
      JsonNode before = user.path(f.getKey());
      JsonNode after = f.getValue();
      boolean unchanged =
          after.isNull() ? before.isMissingNode() || before.isNull() : after.equals(before);
      if (unchanged) {
        continue;
      }
      changes.set(f.getKey(), after.deepCopy());
      if (after.isNull()) {
        user.remove(f.getKey());
      } else {
        user.set(f.getKey(), after.deepCopy());
      }
    }
    if (changes.size() > 0) {
      fullName(user);
      user.put("updatedAt", Wire.format(now));
    }
    return changes;
  }

  /**
   * Erases a live user for GDPR: the record stays (Pepper keeps it for analytics) with every
   * identifying field removed and {@code state} {@code DELETED}; it leaves every listing and frees
   * its logins. Returns the redacted record.
   *
   * @throws PepperError 404 for an unknown or already erased user
   */
  ObjectNode erase(String id, Instant now) {
    ObjectNode user = live(id).orElseThrow(() -> notFound(id));
    user.retain(KEPT_ON_ERASURE);
    user.put("state", "DELETED").put("updatedAt", Wire.format(now));
    return user;
  }

  /** Returns the live (not erased) user with this id. */
  Optional<ObjectNode> live(String id) {
    return Optional.ofNullable(users.get(id)).filter(UserStore::isLive);
  }

  /** Returns the user with this id, erased or not. */
  Optional<ObjectNode> any(String id) {
    return Optional.ofNullable(users.get(id));
  }

  /** Returns the live user one of whose logins is {@code login} (case-insensitive). */
  Optional<ObjectNode> byCredential(String login) {
    return live(u -> hasLogin(u, login)).stream().findFirst();
  }

  /** Returns the live users matching {@code filter}, in {@code _id} order. */
  List<ObjectNode> live(Predicate<ObjectNode> filter) {
    return users.values().stream()
        .filter(UserStore::isLive)
        .filter(filter)
        .collect(Collectors.toList());
  }

  /** Returns whether one of the user's logins is {@code login} (case-insensitive). */
  static boolean hasLogin(JsonNode user, String login) {
    for (JsonNode c : user.path("credentials")) {
      if (c.path("id").asText().equalsIgnoreCase(login)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLive(ObjectNode user) {
    return !"DELETED".equals(user.path("state").asText());
  }

  private static ArrayNode credentials(JsonNode given, boolean verified) {
    if (!given.isArray() || given.size() == 0) {
      throw PepperError.validation("credentials must hold at least one login");
    }
    ArrayNode out = Wire.JSON.createArrayNode();
    List<String> seen = new ArrayList<>();
    for (JsonNode c : given) {
      String provider = c.path("provider").asText("");
      String id = c.path("id").asText("");
      if (!c.path("provider").isTextual()
          || provider.isBlank()
          || !c.path("id").isTextual()
          || id.isBlank()) {
        throw PepperError.validation("each credential needs a provider and an id");
      }
      if (seen.contains(id.toLowerCase(Locale.ROOT))) {
        throw PepperError.validation(id + " is given twice");
      }
      seen.add(id.toLowerCase(Locale.ROOT));
      out.addObject().put("provider", provider).put("id", id).put("isVerified", verified);
    }
    return out;
  }

  private static void checkField(String name, JsonNode value) {
    if (NAMES.contains(name) && (!value.isTextual() || value.asText().isBlank())) {
      throw PepperError.validation(name + " must be a non-blank string");
    }
    if (FLAGS.contains(name) && !value.isBoolean()) {
      throw PepperError.validation(name + " must be a boolean");
    }
  }

  private static void fullName(ObjectNode user) {
    String full =
        (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).trim();
    if (full.isEmpty()) {
      user.remove("fullName");
    } else {
      user.put("fullName", full);
    }
  }

  private static PepperError notFound(String id) {
    return PepperError.notFound("User " + id + " not found");
  }
}
