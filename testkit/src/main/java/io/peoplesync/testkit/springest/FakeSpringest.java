package io.peoplesync.testkit.springest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Plays one Springest Go site: the employee import and the lookup, with the site's API key.
 *
 * <ul>
 *   <li>Auth: every request needs {@code api_key} (query) equal to {@link #apiKey()}; otherwise 401
 *       {@code {"error":"Invalid API key"}}.
 *   <li>{@code POST /users.json}: creates the user, or changes the one matched on {@code
 *       external_id}, else on {@code email} (ignoring case). This is the least convenient reading
 *       of "all data you send will override the existing data, even when a value is empty": every
 *       field sent overwrites the stored one, even {@code ""}, {@code null} or {@code []}, but
 *       every field <b>left out keeps its stored value</b>, so a client that omits a field it means
 *       to clear visibly fails to clear it. Tags are lower-cased; {@code active} (and each
 *       approver's {@code can_approve}) defaults to {@code true}. Answers 201 {@code {"id": 1001}}
 *       (a number), for a creation and a change alike. Answers 400 {@code {"errors": {field:
 *       [message]}}} when neither e-mail nor external id is present ({@code base}), an approver is
 *       not an active user of this site, an approver label is not one of the three, the e-mail is
 *       taken by another user, or a gender, date or boolean is malformed; nothing is stored then.
 *   <li>{@code GET /users.json?external_id=…}: 200 with one object {@code {"id": "1001",
 *       "external_id", "user_email", "active": "true"|"false", "learning_track_status"}}; 404
 *       {@code {"error":"User not found"}} for an unknown id; 400 without {@code external_id}.
 *   <li>Any other route: 404.
 * </ul>
 *
 * <pre>{@code
 * @ExtendWith(FakeVendorsExtension.class)
 * class SyncTest {
 *   @Test void hires(FakeSpringest nl, FakeSpringest de) {
 *     de.useApiKey("key-de");
 *     nl.seedApprover("boss@example.com");
 *     ... SpringestClient.builder().baseUri(nl.baseUri()).apiKey(nl.apiKey()) ...
 *     assertThat(nl.user("E-1")).hasValueSatisfying(u -> assertThat(u).containsEntry(...));
 *   }
 * }
 * }</pre>
 */
public final class FakeSpringest extends FakeServer {
  /** The API key a fake accepts unless told otherwise; it needs URL encoding on purpose. */
  public static final String DEFAULT_API_KEY = "fake springest+key/1=&";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STATUSES =
      Set.of("not_compliant", "expiring_soon", "uncompleted", "completed", "no_tracks_assigned");

  private final SpringestDirectory directory = new SpringestDirectory();
  private volatile String apiKey;

  /** Creates a stopped fake that accepts {@link #DEFAULT_API_KEY}. */
  public FakeSpringest() {
    this(DEFAULT_API_KEY);
  }

  /** Creates a stopped fake that accepts {@code apiKey}. */
  public FakeSpringest(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
  }

  /** Returns the API key this site accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** Makes this site accept {@code apiKey} from now on, and no other; returns this fake. */
  public FakeSpringest useApiKey(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
    return this;
  }

  /** Returns the stored fields of the user with {@code externalId}, as a JSON-like map copy. */
  public Optional<Map<String, Object>> user(String externalId) {
    return directory.idOf(externalId).flatMap(directory::fields);
  }

  /** Returns the stored fields of the user with {@code email} (ignoring case). */
  public Optional<Map<String, Object>> userByEmail(String email) {
    return directory.idOfEmail(email).flatMap(directory::fields);
  }

  /** Returns Springest's id of the user with {@code externalId}. */
  public Optional<String> idOf(String externalId) {
    return directory.idOf(externalId);
  }

  /** Returns a snapshot of every user's stored fields, keyed by Springest id, oldest first. */
  public Map<String, Map<String, Object>> users() {
    return directory.all();
  }

  /**
   * Stores a user as a {@code POST /users.json} with {@code fields} would, and returns its id.
   *
   * @throws IllegalArgumentException if the site would answer 400; the message lists the errors
   */
  public String seed(Map<String, ?> fields) {
    SpringestDirectory.Outcome outcome = directory.save(JSON.valueToTree(fields));
    if (!outcome.errors.isEmpty()) {
      throw new IllegalArgumentException("Springest rejects the seed: " + outcome.errors);
    }
    return outcome.id;
  }

  /** Stores an active user with only this e-mail, so it can be named as an approver. */
  public String seedApprover(String email) {
    return seed(Map.of("email", email));
  }

  /**
   * Sets the learning-track status the lookup reports for the user with {@code externalId}; a new
   * user starts with {@code no_tracks_assigned}.
   *
   * @throws IllegalArgumentException if no such user exists or the status is not a documented one
   */
  public void setLearningTrackStatus(String externalId, String status) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("unknown learning_track_status " + status);
    }
    String id =
        directory
            .idOf(externalId)
            .orElseThrow(() -> new IllegalArgumentException("no user " + externalId));
    directory.learningTrackStatus(id, status);
  }

  @Override
  protected FakeResponse handle(RecordedRequest request) {
    if (!request.queryParam("api_key").filter(apiKey::equals).isPresent()) {
      return FakeResponse.json(401, Map.of("error", "Invalid API key"));
    }
    if (!request.segments().equals(List.of("users.json"))) {
      return notFound("Not found");
    }
    switch (request.method()) {
      case "POST":
        return save(request);
      case "GET":
        return find(request);
      default:
        return notFound("Not found");
    }
  }

  private FakeResponse save(RecordedRequest request) {
    JsonNode body;
    try {
      body = request.jsonBody();
    } catch (UncheckedIOException e) {
      body = JSON.nullNode();
    }
    if (!body.isObject()) {
      return invalid(Map.of("base", List.of("request body must be a JSON object")));
    }
    SpringestDirectory.Outcome outcome = directory.save((ObjectNode) body);
    return outcome.errors.isEmpty()
        ? FakeResponse.json(201, Map.of("id", Long.parseLong(outcome.id)))
        : invalid(outcome.errors);
  }

  private FakeResponse find(RecordedRequest request) {
    Optional<String> externalId = request.queryParam("external_id").filter(s -> !s.isBlank());
    if (externalId.isEmpty()) {
      return invalid(Map.of("external_id", List.of("can't be blank")));
    }
    return externalId
        .flatMap(directory::idOf)
        .flatMap(directory::status)
        .map(status -> FakeResponse.json(200, status))
        .orElseGet(() -> notFound("User not found"));
  }

  private static FakeResponse invalid(Map<String, List<String>> errors) {
    return FakeResponse.json(400, Map.of("errors", errors));
  }

  private static FakeResponse notFound(String message) {
    return FakeResponse.json(404, Map.of("error", message));
  }
}
