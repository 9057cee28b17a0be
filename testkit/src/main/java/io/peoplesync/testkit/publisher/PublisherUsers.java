package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The users of one Publisher instance, in canonical form, with numeric ids in creation order. An
 * e-mail address belongs to one user, archived ones included (400, ref 103: an assumption, the
 * documentation gives no ref for it). Not thread-safe: the fake calls it under its lock.
 */
final class PublisherUsers {
  private final Map<Long, ObjectNode> users = new LinkedHashMap<>();
  private final Map<Long, Long> changed = new HashMap<>();
  private long lastId;
  private long tick;

  /** Adds a user (status {@code active} unless given) and returns it as stored. */
  ObjectNode add(JsonNode body) {
    ObjectNode user = PublisherShapes.canonical(body);
    String status = PublisherRules.check(user);
    requireFreeEmail(user, -1);
    long id = ++lastId;
    return store(id, user, status == null ? "active" : status);
  }

  /**
   * Stores a user as given, skipping the field rules (an account made before them, or by another
   * channel); the e-mail address must still be free. Returns it as stored.
   */
  ObjectNode addAsIs(JsonNode body) {
    ObjectNode user = PublisherShapes.canonical(body);
    requireFreeEmail(user, -1);
    String status = PublisherRules.text(user, "status");
    return store(++lastId, user, status == null ? "active" : status.toLowerCase(Locale.ROOT));
  }

  /** Puts a user in {@code status}, any of Publisher's, as its own screens and jobs do. */
  ObjectNode setStatus(String idOrEmail, String status) {
    ObjectNode user = find(idOrEmail).orElseThrow(PublisherUsers::noSuchUsers);
    user.put("status", status.toLowerCase(Locale.ROOT));
    changed.put(user.get("id").asLong(), ++tick);
    return user;
  }

  /** Returns the user with this numeric id or e-mail address (any letter case). */
  Optional<ObjectNode> find(String idOrEmail) {
    if (idOrEmail.contains("@")) {
      return users.values().stream()
          .filter(u -> idOrEmail.equalsIgnoreCase(u.path("email").asText()))
          .findFirst();
    }
    return idOrEmail.matches("[0-9]{1,18}")
        ? Optional.ofNullable(users.get(Long.parseLong(idOrEmail)))
        : Optional.empty();
  }

  /**
   * Replaces the user wholly by {@code body}, keeping its id, and its status when the body has
   * none.
   *
   * @throws PublisherRejection 404 (ref 110) for an unknown user; 400 for a body without the id
   *     (109), with another user's id (113), or breaking a field rule
   */
  ObjectNode replace(String idOrEmail, JsonNode body) {
    ObjectNode current = find(idOrEmail).orElseThrow(PublisherUsers::noSuchUsers);
    long id = current.get("id").asLong();
    String bodyId = PublisherShapes.bodyId(body);
    if (bodyId == null) {
      throw PublisherRejection.badRequest(109, "A User ID is required");
    }
    if (!bodyId.equals(Long.toString(id))) {
      throw PublisherRejection.badRequest(113, "User ID does not match the user being updated");
    }
    ObjectNode user = PublisherShapes.canonical(body);
    String status = PublisherRules.check(user);
    requireFreeEmail(user, id);
    return store(id, user, status == null ? current.get("status").asText() : status);
  }

  /**
   * Archives the user (status {@code archived}); archiving again changes nothing.
   *
   * @throws PublisherRejection 400 for an id longer than 50 characters (304) or not a number (113),
   *     404 (ref 110) for an unknown user
   */
  ObjectNode archive(String id) {
    if (id.length() > 50) {
      throw PublisherRejection.badRequest(304, "The User's ID length cannot exceed 50 characters");
    }
    if (!id.matches("[0-9]+")) {
      throw PublisherRejection.badRequest(113, "User ID is not in the proper format");
    }
    ObjectNode user = find(id).orElseThrow(PublisherUsers::noSuchUsers);
    if (!"archived".equals(user.path("status").asText())) {
      user.put("status", "archived");
      changed.put(user.get("id").asLong(), ++tick);
    }
    return user;
  }

  /** Returns every user in creation order (the stored objects themselves). */
  List<ObjectNode> all() {
    return new ArrayList<>(users.values());
  }

  /** Returns when the user last changed, as an ever-growing counter. */
  long changedAt(ObjectNode user) {
    return changed.getOrDefault(user.get("id").asLong(), 0L);
  }

  private ObjectNode store(long id, ObjectNode user, String status) {
    ObjectNode stored = PublisherFormat.JSON.createObjectNode();
    stored.put("id", id);
    stored.setAll(user);
    stored.put("status", status);
    users.put(id, stored);
    changed.put(id, ++tick);
    return stored;
  }

  private void requireFreeEmail(ObjectNode user, long exceptId) {
    String email = user.path("email").asText().toLowerCase(Locale.ROOT);
    Optional<ObjectNode> owner = find(email);
    if (owner.isPresent() && owner.get().get("id").asLong() != exceptId) {
      throw PublisherRejection.badRequest(
          103, "A user with the email address " + email + " already exists");
    }
  }

  private static PublisherRejection noSuchUsers() {
    return new PublisherRejection(404, 110, "The following users do not exist within the system");
  }
}
