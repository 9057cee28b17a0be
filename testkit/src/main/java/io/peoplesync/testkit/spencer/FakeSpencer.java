package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays the Spencer Integration API and its identity server in-process: users, profile pictures,
 * user tags and news, behind OAuth2 client credentials.
 *
 * <pre>{@code
 * SpencerClient spencer = SpencerClient.builder()
 *     .baseUri(fake.baseUri())            // http://127.0.0.1:<port>/agent/integration/api/v1
 *     .tokenUri(fake.tokenUri())          // .../auth/oauth2/realms/root/realms/acme/access_token
 *     .clientCredentials(fake.clientId(), fake.clientSecret())
 *     .build();
 * }</pre>
 *
 * <p>What it enforces, as Spencer documents it or (marked *) as the client's README assumes:
 *
 * <ul>
 *   <li>Auth: the token endpoint takes {@code grant_type=client_credentials} with {@code client_id}
 *       and {@code client_secret} form-encoded (or HTTP Basic) and answers {@code access_token},
 *       {@code token_type} and {@code expires_in}; a wrong id or secret gets 401 {@code
 *       invalid_client}, another realm 400. Every API call needs {@code Authorization: Bearer} with
 *       a token it issued and has not revoked, else 401.
 *   <li>Users (keyed by {@code external_id}*): create answers 201 or 409; {@code PUT} replaces the
 *       whole user; {@code archived_at} archives; delete answers 204; {@code HEAD} 200 or 404.
 *       Users not created through the API ({@link #seedBackOfficeUser}) can be read but not
 *       updated, archived or deleted: 403 {@code forbidden}.
 *   <li>Strings are at most 255 characters ({@code external_id} and {@code manager} 256), and every
 *       translatable text ({@code [{"locale", "value"}]}*, tags {@code [{"locale", "name"}]}) needs
 *       a non-blank {@code en-US}: else 400 with {@code {"code", "message", "errors": {"field":
 *       ["msg"]}}}*. Bodies must be JSON objects sent as {@code application/json} (else 400/415).
 *   <li>Fields Spencer sets itself are answered but refused on write (400, the least convenient
 *       reading of docs that mark none as writable): users' {@code id}, {@code created_at}, {@code
 *       updated_at} and {@code profile_picture} (set after an upload); tags' {@code created_at} and
 *       {@code updated_at}; drafts' {@code id}, {@code status}, {@code created_at}, {@code
 *       updated_at}. A client must drop them before writing back what it read.
 *   <li>{@link #answerWritesWithoutBody} makes creates answer an empty 201 and updates an empty
 *       204, which Spencer's docs allow as much as an answer with the stored object.
 *   <li>Tags: create 201 or 409, {@code PUT} replaces, {@code HEAD} 200 or 404.
 *   <li>News*: {@code POST /news/drafts} stores a draft (title with en-US, ≤ 255; body unlimited;
 *       {@code user_list_ids} must be known lists); drafts are not publications until {@link
 *       #publish} plays the editor. Listings are arrays, newest first, filtered by {@code
 *       published_after}/{@code published_before} (inclusive), {@code offset}, {@code limit}.
 * </ul>
 *
 * <p>State is exposed as JSON copies for assertions. Thread-safe.
 */
public final class FakeSpencer extends FakeServer {
  /** The customer (identity realm) of a fake built without arguments. */
  public static final String DEFAULT_CUSTOMER = "acme";

  /** The OAuth2 client id of a fake built without arguments. */
  public static final String DEFAULT_CLIENT_ID = "fake-spencer-client";

  /** The OAuth2 client secret of a fake built without arguments. */
  public static final String DEFAULT_CLIENT_SECRET = "fake-spencer-secret";

  /** The path of the API under the fake's origin, as on Spencer's API hosts. */
  public static final String API_BASE_PATH = "/agent/integration/api/v1";

  /** A user list (screen) every fake knows, for news drafts and user-list publications. */
  public static final String DEFAULT_USER_LIST_ID = "5b0c6a2e-7f1d-4c3b-9a8e-0d4f2b6c8e10";

  private final Object state = new Object();
  private boolean writesWithoutBody;
  private final SpencerIdentity identity;
  private final SpencerUsers users;
  private final SpencerTags tags;
  private final SpencerNews news;

  /** Creates a stopped fake for customer {@code acme} with the default client credentials. */
  public FakeSpencer() {
    this(DEFAULT_CUSTOMER, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
  }

  /**
   * Creates a stopped fake whose identity realm is {@code customer}, accepting these credentials.
   */
  public FakeSpencer(String customer, String clientId, String clientSecret) {
    Clock clock = Clock.systemUTC();
    this.identity =
        new SpencerIdentity(
            requireText(customer, "customer"),
            requireText(clientId, "clientId"),
            requireText(clientSecret, "clientSecret"));
    this.users = new SpencerUsers(clock);
    this.tags = new SpencerTags(clock);
    this.news = new SpencerNews(clock);
    news.addUserList(DEFAULT_USER_LIST_ID);
  }

  @Override
  protected String basePath() {
    return API_BASE_PATH;
  }

  /**
   * Returns the token endpoint of the customer's realm, on the same origin as {@link #baseUri()}.
   *
   * @throws IllegalStateException if the fake is not started
   */
  public URI tokenUri() {
    return baseUri().resolve(identity.tokenPath());
  }

  /** Returns the customer, which names the identity realm. */
  public String customer() {
    return identity.customer();
  }

  /** Returns the client id the token endpoint accepts. */
  public String clientId() {
    synchronized (state) {
      return identity.clientId();
    }
  }

  /** Returns the client secret the token endpoint accepts. */
  public String clientSecret() {
    synchronized (state) {
      return identity.clientSecret();
    }
  }

  /** Makes the token endpoint accept only these credentials from now on; issued tokens stay. */
  public void useClientCredentials(String clientId, String clientSecret) {
    synchronized (state) {
      identity.credentials(requireText(clientId, "clientId"), requireText(clientSecret, "secret"));
    }
  }

  /** Sets the {@code expires_in} of tokens issued from now on; 3600 s by default. */
  public void tokenLifetime(Duration lifetime) {
    if (lifetime.getSeconds() < 1) {
      throw new IllegalArgumentException("lifetime must be at least one second");
    }
    synchronized (state) {
      identity.lifetimeSeconds(lifetime.getSeconds());
    }
  }

  /** Revokes every token issued so far, as if they had expired: API calls with them get 401. */
  public void revokeTokens() {
    synchronized (state) {
      identity.revokeAll();
    }
  }

  /** Returns how many requests reached the token endpoint, rejected ones included, faults not. */
  public int tokenRequests() {
    synchronized (state) {
      return identity.tokenRequests();
    }
  }

  /** Returns how many issued tokens are still accepted. */
  public int activeTokens() {
    synchronized (state) {
      return identity.activeTokens();
    }
  }

  /**
   * Makes user and tag creates and news drafts answer 201 with no body, and user and tag updates
   * 204 with no body, from now on ({@code true}); {@code false} restores answers with the stored
   * object. What is stored is the same either way.
   */
  public void answerWritesWithoutBody(boolean on) {
    synchronized (state) {
      writesWithoutBody = on;
    }
  }

  /** Returns a copy of every user, by external id in creation order. */
  public Map<String, JsonNode> users() {
    synchronized (state) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      users.all().forEach((id, u) -> out.put(id, u.json));
      return SpencerReplies.copyMap(out);
    }
  }

  /** Returns a copy of the user with this external id, as {@code GET /users/{userId}} would. */
  public Optional<JsonNode> user(String externalId) {
    synchronized (state) {
      return users.find(externalId).map(u -> u.json.deepCopy());
    }
  }

  /**
   * Returns whether the user was created through the API (and so may be changed through it).
   *
   * @throws NoSuchElementException if there is no such user
   */
  public boolean createdThroughApi(String externalId) {
    synchronized (state) {
      return users.find(externalId).orElseThrow(() -> noUser(externalId)).createdThroughApi;
    }
  }

  /**
   * Adds a user as the back office or the nightly CSV sync would: readable and checkable through
   * the API, but updates, archiving and deletes of it get 403.
   *
   * @throws IllegalStateException if a user with this external id exists
   */
  public void seedBackOfficeUser(String externalId, String firstName, String lastName) {
    ObjectNode json =
        SpencerReplies.JSON
            .createObjectNode()
            .put("external_id", requireText(externalId, "externalId"))
            .put("first_name", Objects.requireNonNull(firstName, "firstName == null"))
            .put("last_name", Objects.requireNonNull(lastName, "lastName == null"));
    synchronized (state) {
      if (users.find(externalId).isPresent()) {
        throw new IllegalStateException("user " + externalId + " exists already");
      }
      users.seedBackOffice(json);
    }
  }

  /** Returns the decoded image of the user's last profile-picture upload, if any. */
  public Optional<byte[]> profilePicture(String externalId) {
    synchronized (state) {
      return users.find(externalId).map(u -> u.picture).map(byte[]::clone);
    }
  }

  /** Returns a copy of every user tag, by id in creation order. */
  public Map<String, JsonNode> tags() {
    synchronized (state) {
      return SpencerReplies.copyMap(tags.all());
    }
  }

  /** Returns a copy of the user tag with this id. */
  public Optional<JsonNode> tag(String tagId) {
    synchronized (state) {
      return Optional.ofNullable(tags.all().get(tagId)).map(ObjectNode::deepCopy);
    }
  }

  /** Adds a user list (a screen) that drafts may target; {@link #DEFAULT_USER_LIST_ID} exists. */
  public void addUserList(String userListId) {
    requireText(userListId, "userListId");
    synchronized (state) {
      news.addUserList(userListId);
    }
  }

  /** Returns a copy of every news draft in creation order, published ones included. */
  public List<JsonNode> drafts() {
    synchronized (state) {
      return SpencerReplies.copyList(news.drafts().values());
    }
  }

  /**
   * Publishes a draft now, as an editor would in the back office, and returns the publication.
   *
   * @throws NoSuchElementException if there is no such draft
   * @throws IllegalStateException if it is published already
   */
  public JsonNode publish(String draftId) {
    synchronized (state) {
      return news.publish(draftId).deepCopy();
    }
  }

  /** Returns a copy of every publication in publishing order. */
  public List<JsonNode> publications() {
    synchronized (state) {
      return SpencerReplies.copyList(news.publications());
    }
  }

  @Override
  protected FakeResponse handle(RecordedRequest request) {
    synchronized (state) {
      FakeResponse answer = route(request);
      boolean stored = answer.status() == 200 || answer.status() == 201;
      if (writesWithoutBody && stored && isCreateOrUpdate(request)) {
        return FakeResponse.empty(request.method().equals("POST") ? 201 : 204);
      }
      return answer;
    }
  }

  private static boolean isCreateOrUpdate(RecordedRequest request) {
    List<String> s = request.segments();
    if (request.method().equals("PUT")) {
      return true;
    }
    return request.method().equals("POST")
        && (s.equals(List.of("users"))
            || s.equals(List.of("users", "tags"))
            || s.equals(List.of("news", "drafts")));
  }

  /** Answers a request as Spencer would; the caller holds the state lock. */
  private FakeResponse route(RecordedRequest request) {
    if (SpencerIdentity.isTokenRequest(request)) {
      return identity.token(request);
    }
    if (!identity.authorized(request)) {
      return identity.unauthorized();
    }
    List<String> s = request.segments();
    String root = s.isEmpty() ? "" : s.get(0);
    if (root.equals("users")) {
      return SpencerTags.isTagRoute(request.method(), s)
          ? tags.handle(request, s)
          : users.handle(request, s);
    }
    if (root.equals("news")) {
      return news.handle(request, s);
    }
    return SpencerReplies.notFound("no such resource");
  }

  private static NoSuchElementException noUser(String externalId) {
    return new NoSuchElementException("no user " + externalId);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
