package io.peoplesync.testkit.ortec;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays an ORTEC Relevance User API instance: one feed whose accounts are created, changed and
 * deleted through {@code POST /accounts}, under the base path {@value #BASE_PATH}.
 *
 * <p>Rules, as the vendor documents them or as they are assumed here:
 *
 * <ul>
 *   <li><b>Auth</b>: the JSON body's top-level {@code feed} and {@code apikey} (query parameters
 *       for a GET) must equal the fake's; otherwise 401 {@code {"error": "invalid feed or
 *       apikey"}}.
 *   <li><b>Batch</b>: {@code {"feed", "apikey", "accounts": [...]}} with {@code Content-Type:
 *       application/json} (else 415); a body that is not a JSON object or has no {@code accounts}
 *       array is 400. More than {@value #MAX_BATCH_SIZE} accounts is 413 and nothing is applied
 *       (the vendor only advises this limit; the fake enforces it to catch unsplit batches).
 *   <li><b>Items</b> are applied in order and answered 200 {@code {"results": [...]}}, one result
 *       per item by position: {@code {"status": "ok"}} or {@code {"error": "..."}}. {@code insert}
 *       of an existing id: {@code profile already exists}; {@code update} or {@code delete} of an
 *       unknown id: {@code current profile not found}; a missing {@code id} or {@code action}, or
 *       an unknown action, fails that item only.
 *   <li><b>Merge</b>: {@code update} and {@code upsert} merge the sent fields into the stored
 *       profile at the top level (fields not sent are kept, a nested object is replaced whole, a
 *       JSON {@code null} removes the field); {@code insert} and an upsert of a new id store the
 *       sent fields. The vendor does not say; merging is the assumption.
 *   <li><b>Reads</b> (not documented publicly by the vendor, so their shape is this fake's): {@code
 *       GET /accounts/{id}} answers {@code {"id": ..., <fields>}} or 404 {@code {"error": "current
 *       profile not found"}}; {@code GET /accounts} answers {@code {"accounts": [...]}}.
 * </ul>
 *
 * <p>Faults injected with {@link #failNext} are answered before any of this, so they change no
 * state. {@link #misalignNextAnswers} is the one fault that does: the batch is applied and then
 * answered with one result too few, as a vendor bug or a truncating proxy would, so a client that
 * matched results by position without counting them would report the wrong accounts.
 */
public class FakeOrtec extends FakeServer {
  /** The feed name a fake made with the no-argument constructor accepts. */
  public static final String DEFAULT_FEED = "hr-feed";

  /** The API key a fake made with the no-argument constructor accepts. */
  public static final String DEFAULT_API_KEY = "fake-ortec-apikey";

  /** The path under which the fake serves the User API; ORTEC's is per customer. */
  public static final String BASE_PATH = "/user-api";

  /** The most accounts the fake accepts in one request. */
  public static final int MAX_BATCH_SIZE = 1000;

  private final String feed;
  private final String apiKey;
  private final AccountStore store = new AccountStore();
  private final AtomicInteger misaligned = new AtomicInteger();

  /** Creates a fake that accepts {@value #DEFAULT_FEED} and {@value #DEFAULT_API_KEY}. */
  public FakeOrtec() {
    this(DEFAULT_FEED, DEFAULT_API_KEY);
  }

  /** Creates a fake that accepts only {@code feed} and {@code apiKey}; start it before use. */
  public FakeOrtec(String feed, String apiKey) {
    this.feed = Objects.requireNonNull(feed, "feed == null");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
  }

  /** Returns the feed name this fake accepts. */
  public String feed() {
    return feed;
  }

  /** Returns the API key this fake accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** Returns the stored fields of account {@code id} (without {@code id}), if it exists. */
  public Optional<Map<String, Object>> account(String id) {
    return store.get(id);
  }

  /** Returns a snapshot of all accounts, id to fields, in the order they were created. */
  public Map<String, Map<String, Object>> accounts() {
    return store.all();
  }

  /** Returns the number of accounts of each batch accepted so far, in order. */
  public List<Integer> batchSizes() {
    return store.batchSizes();
  }

  /** Stores account {@code id} with {@code fields}, replacing any existing one; returns this. */
  public FakeOrtec seed(String id, Map<String, ?> fields) {
    store.seed(Objects.requireNonNull(id, "id == null"), fields);
    return this;
  }

  /**
   * Makes the next {@code batches} accepted batches be applied but answered with their last result
   * left out; returns this.
   */
  public FakeOrtec misalignNextAnswers(int batches) {
    misaligned.set(batches);
    return this;
  }

  @Override
  protected String basePath() {
    return BASE_PATH;
  }

  @Override
  protected FakeResponse handle(RecordedRequest request) {
    List<String> path = request.segments();
    if (path.isEmpty() || !path.get(0).equals("accounts") || path.size() > 2) {
      return error(404, "no such endpoint: " + request.rawPath());
    }
    if (request.method().equals("GET")) {
      return read(request, path);
    }
    if (!request.method().equals("POST") || path.size() != 1) {
      return error(405, request.method() + " is not allowed on " + request.rawPath());
    }
    return submit(request);
  }

  private FakeResponse read(RecordedRequest request, List<String> path) {
    if (!authorized(request.queryParam("feed"), request.queryParam("apikey"))) {
      return unauthorized();
    }
    if (path.size() == 2) {
      return store
          .getJson(path.get(1))
          .map(a -> FakeResponse.json(200, a))
          .orElseGet(() -> error(404, AccountStore.NOT_FOUND));
    }
    return FakeResponse.json(200, Map.of("accounts", store.allJson()));
  }

  private FakeResponse submit(RecordedRequest request) {
    String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      return error(415, "Content-Type must be application/json");
    }
    JsonNode body;
    try {
      body = request.jsonBody();
    } catch (UncheckedIOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      return error(400, "the body must be a JSON object");
    }
    if (!authorized(text(body.get("feed")), text(body.get("apikey")))) {
      return unauthorized();
    }
    JsonNode accounts = body.get("accounts");
    if (accounts == null || !accounts.isArray()) {
      return error(400, "accounts must be an array");
    }
    if (accounts.size() > MAX_BATCH_SIZE) {
      return error(
          413,
          "too many accounts in one batch: "
              + accounts.size()
              + " (at most "
              + MAX_BATCH_SIZE
              + ")");
    }
    store.recordBatch(accounts.size());
    List<Map<String, String>> results = new ArrayList<>(accounts.size());
    for (JsonNode item : accounts) {
      results.add(store.apply(item));
    }
    if (!results.isEmpty() && misaligned.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      results.remove(results.size() - 1);
    }
    return FakeResponse.json(200, Map.of("results", results));
  }

  private boolean authorized(Optional<String> givenFeed, Optional<String> givenKey) {
    return givenFeed.filter(feed::equals).isPresent()
        && givenKey.filter(apiKey::equals).isPresent();
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static FakeResponse unauthorized() {
    return error(401, "invalid feed or apikey");
  }

  private static FakeResponse error(int status, String message) {
    return FakeResponse.json(status, Map.of("error", message));
  }
}
