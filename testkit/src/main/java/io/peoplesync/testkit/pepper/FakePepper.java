package io.peoplesync.testkit.pepper;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plays Pepper's user API in process: {@code GET/POST /users}, {@code PUT/DELETE /users/{id}} and
 * {@code GET /actions}, with state, Pepper's rules and its action feed.
 *
 * <p>Every request must carry {@code Authorization: Token <token>}, the configured {@code
 * x-application-id} and {@code x-api-version} 8 or 10, else it gets a 401 {@code {"code":
 * "Unauthorized", ...}}. A login (credential id) can belong to one live account only (422 {@code
 * Validation} "… is already associated with an account"). {@code PUT} merges the given fields (a
 * JSON null removes one); {@code DELETE} is a GDPR erasure: the record is kept with every
 * identifying field removed and {@code state} {@code DELETED}, it leaves the listings, and the
 * user's past actions lose their identifying metadata. A {@code PUT} that sends back a field Pepper
 * keeps for itself ({@code id}, {@code fullName}, {@code roles}, {@code state}, timestamps, loyalty
 * balance, …) is a 422. Listings page with {@code limit} (50 by default) and an opaque {@code
 * startKey}, present on every non-empty page; like a server protecting itself, the fake cuts every
 * page to {@value #DEFAULT_PAGE_CAP} items whatever {@code limit} asks for, and reports the size it
 * used as {@code page.limit} ({@link #capPageSize}). Creates, changes and erasures are recorded as
 * {@code USER_CREATED}, {@code USER_CHANGED} (metadata: the changed fields only; none when nothing
 * changed) and {@code USER_DELETED} actions stamped by the fake's {@link Clock} (milliseconds;
 * {@code when} holds only {@code timezone} UTC and {@code timestamp}); the {@code
 * when.timestamp.gt}/{@code lte} and {@code type} filters apply. {@code USER_ACTIVATED} and other
 * kinds are never recorded. Every third action is listed only two minutes after its timestamp
 * ({@link #listActionsLate}), later than a one-minute safety lag: a poller that does not re-read an
 * overlap of its last window misses it. Credential passwords ({@code token}) are dropped, never
 * stored.
 *
 * <pre>{@code
 * @Test
 * void hires(FakePepper pepper) {
 *   pepper.useClock(clock);
 *   PepperClient client = PepperClient.builder().baseUri(pepper.baseUri())
 *       .token(FakePepper.DEFAULT_TOKEN).applicationId(FakePepper.DEFAULT_APPLICATION_ID)
 *       .clock(clock).build();
 *   ...
 *   assertThat(pepper.users()).hasSize(1);
 * }
 * }</pre>
 */
public final class FakePepper extends FakeServer {
  /** The token a new fake accepts. */
  public static final String DEFAULT_TOKEN = "fake-pepper-token";

  /** The merchant code ({@code x-application-id}) a new fake accepts. */
  public static final String DEFAULT_APPLICATION_ID = "fake-merchant";

  /** The id of the fake's one tenant, in every user's {@code tenantId} and action's context. */
  public static final String TENANT_ID = "5f9a1c2e8b7d4e0012ab34cd";

  /** The title of the fake's tenant, in every action's {@code context.tenant}. */
  public static final String TENANT_TITLE = "Fake Merchant";

  /** The largest page the fake returns until {@link #capPageSize} changes it. */
  public static final int DEFAULT_PAGE_CAP = 100;

  /** How late every {@value #DEFAULT_LATE_EVERY}rd action is listed until changed. */
  public static final Duration DEFAULT_LATE_BY = Duration.ofMinutes(2);

  /** Which actions are listed late until {@link #listActionsLate} changes it: every third. */
  public static final int DEFAULT_LATE_EVERY = 3;

  private static final Set<String> API_VERSIONS = Set.of("8", "10");

  private final ReentrantLock lock = new ReentrantLock();
  private final UserStore users = new UserStore(TENANT_ID);
  private final ActionLog actions = new ActionLog(TENANT_ID, TENANT_TITLE);
  private final PepperRoutes routes = new PepperRoutes(users, actions, DEFAULT_PAGE_CAP);
  private String token;
  private String applicationId;
  private Clock clock;

  /** Creates a stopped fake accepting the default token and merchant code, on the system clock. */
  public FakePepper() {
    this(DEFAULT_TOKEN, DEFAULT_APPLICATION_ID, Clock.systemUTC());
  }

  /** Creates a stopped fake accepting {@code token} and {@code applicationId}, on {@code clock}. */
  public FakePepper(String token, String applicationId, Clock clock) {
    this.token = Objects.requireNonNull(token, "token == null");
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    actions.listLate(DEFAULT_LATE_EVERY, DEFAULT_LATE_BY);
  }

  /**
   * Sets the largest page the listings return, whatever {@code limit} asks for; the size used is
   * reported as {@code page.limit}. Returns this fake.
   *
   * @throws IllegalArgumentException if {@code cap} is not positive
   */
  public FakePepper capPageSize(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be positive");
    }
    return locked(
        () -> {
          routes.capPages(cap);
          return this;
        });
  }

  /**
   * Makes every {@code every}-th action recorded from now on appear in {@code GET /actions} only
   * {@code by} after its timestamp; {@code every} 0 lists every action at once. Returns this fake.
   *
   * @throws IllegalArgumentException if {@code every} or {@code by} is negative
   */
  public FakePepper listActionsLate(int every, Duration by) {
    Objects.requireNonNull(by, "by == null");
    if (every < 0 || by.isNegative()) {
      throw new IllegalArgumentException("every and by must not be negative");
    }
    return locked(
        () -> {
          actions.listLate(every, by);
          return this;
        });
  }

  /** Sets the token and merchant code the fake accepts from now on; returns this fake. */
  public FakePepper useCredentials(String token, String applicationId) {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(applicationId, "applicationId == null");
    return locked(
        () -> {
          this.token = token;
          this.applicationId = applicationId;
          return this;
        });
  }

  /**
   * Sets the clock that stamps users' {@code created}/{@code updatedAt} and actions; returns this.
   */
  public FakePepper useClock(Clock clock) {
    Objects.requireNonNull(clock, "clock == null");
    return locked(
        () -> {
          this.clock = clock;
          return this;
        });
  }

  /** Returns the token the fake accepts. */
  public String token() {
    return locked(() -> token);
  }

  /** Returns the merchant code the fake accepts. */
  public String applicationId() {
    return locked(() -> applicationId);
  }

  /** Returns copies of the live (not erased) users, credentials included, in creation order. */
  public List<ObjectNode> users() {
    return locked(() -> copies(users.live(u -> true)));
  }

  /** Returns a copy of the user with this id, erased ones included ({@code state: DELETED}). */
  public Optional<ObjectNode> user(String id) {
    return locked(() -> users.any(id).map(ObjectNode::deepCopy));
  }

  /** Returns a copy of the live user with this login (e-mail or phone, case-insensitive). */
  public Optional<ObjectNode> userByCredential(String login) {
    return locked(() -> users.byCredential(login).map(ObjectNode::deepCopy));
  }

  /** Returns copies of every recorded action, in timestamp order. */
  public List<ObjectNode> actions() {
    return locked(() -> copies(actions.all()));
  }

  /**
   * Adds an active user with an e-mail login, as if it existed before the test; records no action.
   * Returns its id.
   *
   * @throws IllegalArgumentException if the e-mail already has an account or a value is blank
   */
  public String seedUser(String firstName, String lastName, String email) {
    ObjectNode body = Wire.JSON.createObjectNode().put("firstName", firstName);
    body.put("lastName", lastName);
    body.putArray("credentials").addObject().put("provider", "EMAIL").put("id", email);
    return locked(
        () -> {
          try {
            return users.create(body, true, now()).path("_id").asText();
          } catch (PepperError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        });
  }

  @Override
  protected FakeResponse handle(RecordedRequest request) {
    return locked(
        () -> {
          try {
            Optional<String> denied = authProblem(request);
            return denied.isPresent()
                ? new PepperError(401, "Unauthorized", denied.get()).response()
                : routes.route(request, now());
          } catch (PepperError e) {
            return e.response();
          }
        });
  }

  private Optional<String> authProblem(RecordedRequest r) {
    if (!r.header("Authorization").filter(("Token " + token)::equals).isPresent()) {
      return Optional.of("Authorization must be 'Token ' and a valid API token");
    }
    if (!r.header("x-application-id").filter(applicationId::equals).isPresent()) {
      return Optional.of("x-application-id is missing or unknown");
    }
    if (!r.header("x-api-version").filter(API_VERSIONS::contains).isPresent()) {
      return Optional.of("x-api-version must be 8 or 10");
    }
    return Optional.empty();
  }

  private static List<ObjectNode> copies(List<ObjectNode> nodes) {
    return nodes.stream().map(ObjectNode::deepCopy).collect(Collectors.toUnmodifiableList());
  }

  private Instant now() {
    return Wire.millis(clock.instant());
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
