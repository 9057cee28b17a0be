package io.peoplesync.testkit.pepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Pepper's action feed: what happened to which user, kept in timestamp order. */
final class ActionLog {
  /** Metadata that says nothing about who the person is; the rest goes on a GDPR erasure. */
  private static final Set<String> KEPT_ON_ERASURE =
      Set.of("provider", "hasAgreedToShareData", "hasAgreedToReceiveMarketing");

  private static final Comparator<Entry> ORDER =
      Comparator.comparing((Entry e) -> e.timestamp).thenComparing(e -> e.id);

  private final List<Entry> entries = new ArrayList<>();
  private final String tenantId;
  private final String tenantTitle;
  private int sequence;
  private int lateEvery;
  private Duration lateBy = Duration.ZERO;

  ActionLog(String tenantId, String tenantTitle) {
    this.tenantId = tenantId;
    this.tenantTitle = tenantTitle;
  }

  /**
   * Makes every {@code every}-th recorded action (0: none) appear in listings only {@code by} after
   * its timestamp, as a feed fed by replicas or queues does.
   */
  void listLate(int every, Duration by) {
    this.lateEvery = every;
    this.lateBy = by;
  }

  /** Records an action of {@code type} about {@code user} at {@code now} (cut to milliseconds). */
  ObjectNode record(String type, JsonNode user, ObjectNode metadata, Instant now) {
    Instant at = Wire.millis(now);
    String id = String.format(Locale.ROOT, "6042a1ba5f3c2a00%08x", ++sequence);
    ObjectNode action = Wire.JSON.createObjectNode();
    action.put("_id", id);
    ObjectNode context = action.putObject("context");
    context.putObject("tenant").put("_id", tenantId).put("title", tenantTitle);
    ObjectNode ref = context.putObject("user").put("_id", user.path("_id").asText());
    if (user.hasNonNull("fullName")) {
      ref.put("fullName", user.path("fullName").asText());
    }
    context.putArray("tags");
    action.put("tenantId", tenantId).put("type", type).put("source", "API_SERVER");
    action.put("version", "0");
    action.putObject("when").put("timezone", "UTC").put("timestamp", Wire.format(at));
    action.set("metadata", metadata);
    action.put("environment", "PRODUCTION");
    boolean late = lateEvery > 0 && sequence % lateEvery == 0;
    Entry entry = new Entry(id, at, late ? at.plus(lateBy) : at, user.path("_id").asText(), action);
    entries.add(entry);
    entries.sort(ORDER);
    return action;
  }

  /** Removes what identifies the user from the user's past actions (GDPR erasure). */
  void redact(String userId) {
    for (Entry e : entries) {
      if (e.userId.equals(userId)) {
        ((ObjectNode) e.action.path("context").path("user")).retain("_id");
        ((ObjectNode) e.action.path("metadata")).retain(KEPT_ON_ERASURE);
      }
    }
  }

  /**
   * Returns the actions in {@code (after, upTo]} of the given types (all when empty) that follow
   * the cursor action {@code startKey} and are listed by {@code now}, in timestamp order, then id.
   *
   * @throws PepperError 422 if the cursor names no action
   */
  List<ObjectNode> query(
      Optional<Instant> after,
      Optional<Instant> upTo,
      Set<String> types,
      Optional<String> startKey,
      Instant now) {
    Optional<Entry> cursor =
        startKey.map(
            k ->
                entries.stream()
                    .filter(e -> e.id.equals(k))
                    .findFirst()
                    .orElseThrow(() -> PepperError.validation("startKey is not valid")));
    return entries.stream()
        .filter(e -> !e.listedFrom.isAfter(now))
        .filter(e -> after.map(e.timestamp::isAfter).orElse(true))
        .filter(e -> upTo.map(t -> !e.timestamp.isAfter(t)).orElse(true))
        .filter(e -> types.isEmpty() || types.contains(e.action.path("type").asText()))
        .filter(e -> cursor.map(c -> ORDER.compare(e, c) > 0).orElse(true))
        .map(e -> e.action)
        .collect(Collectors.toList());
  }

  /** Returns every action, in timestamp order. */
  List<ObjectNode> all() {
    return entries.stream().map(e -> e.action).collect(Collectors.toList());
  }

  private static final class Entry {
    final String id;
    final Instant timestamp;
    final Instant listedFrom;
    final String userId;
    final ObjectNode action;

    Entry(String id, Instant timestamp, Instant listedFrom, String userId, ObjectNode action) {
      this.id = id;
      this.timestamp = timestamp;
      this.listedFrom = listedFrom;
      this.userId = userId;
      this.action = action;
    }
  }
}
