package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The news endpoints of the fake. Drafts wait for an editor: they are not publications until {@link
 * #publish} (the back office's "publish") turns one into a publication, shown on {@code
 * /news/publications} and on each of its user lists. Listings are bare JSON arrays, newest first.
 * Not thread-safe: {@link FakeSpencer} guards it.
 */
final class SpencerNews {
  /** Fields Spencer sets on a draft; a draft sent with any of them gets 400. */
  static final List<String> DRAFT_SERVER_FIELDS =
      List.of("id", "status", "created_at", "updated_at");

  private final Set<String> userLists = new LinkedHashSet<>();
  private final Map<String, ObjectNode> drafts = new LinkedHashMap<>();
  private final List<ObjectNode> publications = new ArrayList<>();
  private final Clock clock;
  private int draftCount;

  SpencerNews(Clock clock) {
    this.clock = clock;
  }

  FakeResponse handle(RecordedRequest r, List<String> s) {
    boolean get = r.method().equals("GET");
    if (s.equals(List.of("news", "publications"))) {
      return get ? list(r) : SpencerReplies.methodNotAllowed(r);
    }
    if (s.equals(List.of("news", "drafts"))) {
      return r.method().equals("POST") ? createDraft(r) : SpencerReplies.methodNotAllowed(r);
    }
    if (s.size() == 4 && s.get(1).equals("user-lists") && s.get(3).equals("publications")) {
      if (!get) {
        return SpencerReplies.methodNotAllowed(r);
      }
      if (!userLists.contains(s.get(2))) {
        return SpencerReplies.notFound("user list not found");
      }
      return FakeResponse.json(200, sorted(p -> listIds(p).contains(s.get(2))));
    }
    return SpencerReplies.notFound("no such resource");
  }

  private FakeResponse list(RecordedRequest r) {
    SpencerChecks checks = new SpencerChecks();
    Optional<Instant> after = instant(r, "published_after", checks);
    Optional<Instant> before = instant(r, "published_before", checks);
    int limit = number(r, "limit", 1, Integer.MAX_VALUE, checks);
    int offset = number(r, "offset", 0, 0, checks);
    if (!checks.ok()) {
      return checks.badRequest();
    }
    ArrayNode matching =
        sorted(
            p -> {
              Instant at = Instant.parse(p.get("published_at").asText());
              return after.map(a -> !at.isBefore(a)).orElse(true)
                  && before.map(b -> !at.isAfter(b)).orElse(true);
            });
    ArrayNode page = SpencerReplies.JSON.createArrayNode();
    for (int i = offset; i < matching.size() && page.size() < limit; i++) {
      page.add(matching.get(i));
    }
    return FakeResponse.json(200, page);
  }

  private FakeResponse createDraft(RecordedRequest r) {
    Optional<ObjectNode> body = SpencerReplies.objectBody(r);
    if (body.isEmpty()) {
      return SpencerReplies.bodyProblem(r);
    }
    ObjectNode draft = body.get();
    SpencerChecks checks = new SpencerChecks();
    checks.serverOnly(draft, DRAFT_SERVER_FIELDS);
    checks.translations("title", draft.get("title"), "value", true, SpencerChecks.MAX_TEXT);
    checks.translations("body", draft.get("body"), "value", false, SpencerChecks.UNLIMITED);
    checks.ids("user_list_ids", draft.get("user_list_ids"));
    for (String id : listIds(draft)) {
      if (!userLists.contains(id)) {
        checks.add("user_list_ids", "unknown user list " + id);
      }
    }
    if (!checks.ok()) {
      return checks.badRequest();
    }
    draftCount++;
    draft.put("id", "draft-" + draftCount);
    draft.put("status", "draft");
    draft.put("created_at", SpencerReplies.now(clock));
    drafts.put(draft.get("id").asText(), draft);
    return FakeResponse.json(201, draft);
  }

  ObjectNode publish(String draftId) {
    ObjectNode draft = drafts.get(draftId);
    if (draft == null) {
      throw new NoSuchElementException("no draft " + draftId);
    }
    if (draft.path("status").asText().equals("published")) {
      throw new IllegalStateException("draft " + draftId + " is already published");
    }
    ObjectNode publication = draft.deepCopy();
    publication.remove(List.of("status", "created_at"));
    publication.put("id", "pub-" + (publications.size() + 1));
    publication.put("published_at", SpencerReplies.now(clock));
    publications.add(publication);
    draft.put("status", "published");
    return publication;
  }

  void addUserList(String id) {
    userLists.add(id);
  }

  Map<String, ObjectNode> drafts() {
    return drafts;
  }

  List<ObjectNode> publications() {
    return publications;
  }

  private ArrayNode sorted(Predicate<ObjectNode> keep) {
    ArrayNode out = SpencerReplies.JSON.createArrayNode();
    List<ObjectNode> newestFirst = new ArrayList<>(publications);
    Collections.reverse(newestFirst); // so that, at equal times, the later publication comes first
    newestFirst.sort(
        Comparator.comparing((ObjectNode p) -> Instant.parse(p.get("published_at").asText()))
            .reversed());
    newestFirst.stream().filter(keep).forEach(out::add);
    return out;
  }

  private static List<String> listIds(JsonNode item) {
    List<String> ids = new ArrayList<>();
    item.path("user_list_ids").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private static Optional<Instant> instant(RecordedRequest r, String name, SpencerChecks checks) {
    Optional<String> raw = r.queryParam(name);
    try {
      return raw.map(Instant::parse);
    } catch (DateTimeParseException e) {
      checks.add(name, "must be an ISO-8601 instant");
      return Optional.empty();
    }
  }

  private static int number(RecordedRequest r, String name, int min, int absent, SpencerChecks c) {
    Optional<String> raw = r.queryParam(name);
    if (raw.isEmpty()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    c.add(name, "must be an integer of at least " + min);
    return absent;
  }
}
