package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plays one instance of Thomson Reuters HighQ Publisher's user API in process, with state,
 * Publisher's rules and both of its formats.
 *
 * <p>The instance lives under {@link #CONTEXT_PATH}, so {@link #baseUri()} is what a client's
 * {@code baseUri} is set to. Endpoints: {@code POST /api/2/users} (add; 200 with the user summary),
 * {@code GET /api/2/users/{idOrEmail}}, {@code PUT /api/2/users/{idOrEmail}} (a full replace; the
 * body carries the id), {@code GET /api/2/users} (filters, sort, {@code offset}/{@code limit}),
 * {@code DELETE /api/3/users/{id}} (archives: the user stays readable with status {@code
 * Archived}), and {@code POST /api/oauth2/token} (refresh-token grant).
 *
 * <p>Every user call needs {@code Authorization: Bearer} with the static token ({@link
 * #DEFAULT_TOKEN} unless {@link #useToken changed}) or one the token endpoint issued, else 401 ref
 * 401 "Not authorised". Answers are XML when {@code Accept} asks for {@code application/xml}, JSON
 * otherwise; bodies are read by {@code Content-Type}. Refusals carry Publisher's error body ({@code
 * summary}, {@code ref}, {@code link}): unknown user 404 ref 108 (get) or 110 (update, archive);
 * empty body 400 ref 74; e-mail missing 101 or malformed 104; first name missing or over 100
 * characters 102; department over 256 characters 354; a status other than active or inactive 116;
 * update body without the id 109 or with another id 113; archive id not a number 113; list query
 * values 79, 80, 106, 107. An e-mail address already in use, archived users included, is 400 ref
 * 103 (the documentation gives no ref for it; 103 is this fake's choice).
 *
 * <p>The fake takes the least convenient reading of the documentation: reads show every status
 * ({@code Active}, {@code Inactive}, {@code Pending}, {@code Archived}, {@code Suspended}, …; put a
 * user in one with {@link #setStatus}) while writes take {@code active} or {@code inactive} only
 * (ref 116), so sending back a status as read is refused; and a listing page holds at most {@value
 * #DEFAULT_PAGE_CAP} users whatever {@code limit} asks for ({@link #capPageSize}), without saying
 * so. {@link #storeAsIs} stores a user that breaks the input rules, as old accounts do.
 *
 * <pre>{@code
 * @Test
 * void hires(FakePublisher publisher) {
 *   PublisherClient client = PublisherClient.builder().baseUri(publisher.baseUri())
 *       .bearerToken(FakePublisher.DEFAULT_TOKEN).build();
 *   String id = client.users().add(user).id().orElseThrow();
 *   assertThat(publisher.user(id)).isPresent();
 * }
 * }</pre>
 */
public final class FakePublisher extends FakeServer {
  /** The instance's context path, the last part of {@link #baseUri()}. */
  public static final String CONTEXT_PATH = "/highq";

  /** The static access token a new fake accepts. */
  public static final String DEFAULT_TOKEN = "fake-publisher-token";

  /** The OAuth2 client id a new fake knows. */
  public static final String DEFAULT_CLIENT_ID = "1012";

  /** The OAuth2 client secret a new fake knows. */
  public static final String DEFAULT_CLIENT_SECRET = "fake-publisher-client-secret";

  /** The refresh token a new fake accepts for {@link #DEFAULT_CLIENT_ID}. */
  public static final String DEFAULT_REFRESH_TOKEN = "fake-publisher-refresh-token";

  /** The largest listing page until {@link #capPageSize} changes it. */
  public static final int DEFAULT_PAGE_CAP = 100;

  private final ReentrantLock lock = new ReentrantLock();
  private final PublisherUsers users = new PublisherUsers();
  private final PublisherTokens tokens;
  private int errors;
  private int pageCap = DEFAULT_PAGE_CAP;

  /** Creates a stopped fake accepting the default token and OAuth2 client. */
  public FakePublisher() {
    this(DEFAULT_TOKEN);
  }

  /** Creates a stopped fake accepting {@code token} and the default OAuth2 client. */
  public FakePublisher(String token) {
    this.tokens =
        new PublisherTokens(
            Objects.requireNonNull(token, "token == null"),
            DEFAULT_CLIENT_ID,
            DEFAULT_CLIENT_SECRET,
            DEFAULT_REFRESH_TOKEN);
  }

  @Override
  protected String basePath() {
    return CONTEXT_PATH;
  }

  /** Replaces the static access token the fake accepts; issued tokens stay valid. */
  public void useToken(String token) {
    Objects.requireNonNull(token, "token == null");
    run(() -> tokens.useStaticToken(token));
  }

  /** Returns the static access token the fake accepts. */
  public String token() {
    return locked(tokens::staticToken);
  }

  /**
   * Replaces the OAuth2 client the token endpoint knows, and its refresh token; refresh tokens
   * issued before stop working.
   */
  public void useOAuth2Client(String clientId, String clientSecret, String refreshToken) {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
    run(() -> tokens.useClient(clientId, clientSecret, refreshToken));
  }

  /**
   * Makes every access token the token endpoint issued so far invalid, as if they had expired: the
   * next call with one is answered 401. The static token keeps working.
   */
  public void revokeAccessTokens() {
    run(tokens::revokeAccessTokens);
  }

  /** Returns the access tokens the token endpoint issued, oldest first, revoked ones included. */
  public List<String> issuedAccessTokens() {
    return locked(tokens::issuedAccessTokens);
  }

  /** Returns a snapshot of every user as the JSON get answers it ({@code "user"}'s content). */
  public List<JsonNode> users() {
    return locked(
        () ->
            users.all().stream()
                .map(u -> (JsonNode) PublisherShapes.full(u, false))
                .collect(Collectors.toList()));
  }

  /** Returns a snapshot of the user with this id or e-mail address, as the JSON get answers it. */
  public Optional<JsonNode> user(String idOrEmail) {
    Objects.requireNonNull(idOrEmail, "idOrEmail == null");
    return locked(() -> users.find(idOrEmail).map(u -> PublisherShapes.full(u, false)));
  }

  /**
   * Adds a user directly, as {@code POST /api/2/users} would, and returns its id.
   *
   * @param user a JSON user object (the content of {@code "user"}, or wrapped in it)
   * @throws IllegalArgumentException if Publisher would refuse the user; the message names the ref
   */
  public String seedUser(JsonNode user) {
    Objects.requireNonNull(user, "user == null");
    return locked(
        () -> {
          try {
            return users.add(PublisherShapes.unwrap(user)).get("id").asText();
          } catch (PublisherRejection e) {
            throw new IllegalArgumentException("ref " + e.ref() + ": " + e.summary(), e);
          }
        });
  }

  /**
   * Stores a user as given, without Publisher's input rules (an e-mail address that is not one, a
   * first name over 100 characters, any status), as accounts made before the rules or by another
   * channel are; returns its id.
   *
   * @throws IllegalArgumentException if the e-mail address is already in use
   */
  public String storeAsIs(JsonNode user) {
    Objects.requireNonNull(user, "user == null");
    return locked(
        () -> {
          try {
            return users.addAsIs(PublisherShapes.unwrap(user)).get("id").asText();
          } catch (PublisherRejection e) {
            throw new IllegalArgumentException("ref " + e.ref() + ": " + e.summary(), e);
          }
        });
  }

  /**
   * Puts the user in {@code status} (for example {@code pending}, {@code suspended}, {@code
   * archived}), as Publisher's own screens and jobs do; the write API could not.
   *
   * @throws IllegalArgumentException if there is no such user
   */
  public void setStatus(String idOrEmail, String status) {
    Objects.requireNonNull(idOrEmail, "idOrEmail == null");
    Objects.requireNonNull(status, "status == null");
    run(
        () -> {
          try {
            users.setStatus(idOrEmail, status);
          } catch (PublisherRejection e) {
            throw new IllegalArgumentException("no user " + idOrEmail, e);
          }
        });
  }

  /**
   * Sets the largest page a listing returns, whatever {@code limit} asks for.
   *
   * @throws IllegalArgumentException if {@code cap} is not positive
   */
  public void capPageSize(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be positive");
    }
    run(() -> pageCap = cap);
  }

  int pageCap() {
    return pageCap;
  }

  /** Adds an active user with just a name and an e-mail address, and returns its id. */
  public String seedUser(String firstName, String lastName, String email) {
    ObjectNode user = PublisherFormat.JSON.createObjectNode();
    user.putObject("name").put("firstname", firstName).put("lastname", lastName);
    user.put("email", email);
    return seedUser(user);
  }

  @Override
  protected FakeResponse handle(RecordedRequest request) {
    lock.lock();
    try {
      List<String> path = request.segments();
      if (path.equals(List.of("api", "oauth2", "token"))) {
        return "POST".equals(request.method())
            ? tokens.grant(request)
            : FakeResponse.empty(405).withHeader("Allow", "POST");
      }
      boolean xml = PublisherFormat.wantsXml(request);
      try {
        if (!tokens.accepts(request.header("Authorization").orElse(null))) {
          throw new PublisherRejection(401, 401, "Not authorised");
        }
        return PublisherRoutes.route(this, users, request, path, xml);
      } catch (PublisherRejection e) {
        FakeResponse error = PublisherFormat.error(xml, e, baseUri() + "/api/2/error/" + ++errors);
        return e.status() == 401
            ? error.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
            : error;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Returns the user's link as Publisher gives it: {@code …/api/2/user/{id}}, singular. */
  String linkOf(ObjectNode user) {
    return baseUri() + "/api/2/user/" + user.get("id").asText();
  }

  private void run(Runnable action) {
    locked(
        () -> {
          action.run();
          return null;
        });
  }

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
