package io.peoplesync.core.fakevendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.Paged;
import io.peoplesync.core.Paging;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.AuthStrategy;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import io.peoplesync.core.spi.ErrorDetailsParser;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A test-only vendor that shows the hook: value types, endpoint constants, an error parser and a
 * builder on {@link ClientBuilder}. No HTTP code of its own.
 */
public final class FakeVendorClient {
  static final Endpoint<FakeUser, FakeUser> CREATE =
      Endpoint.post("fake.users.create", "/users")
          .body(FakeUser.class)
          .rootName("user")
          .returns(FakeUser.class);
  static final Endpoint<Void, FakeUser> GET =
      Endpoint.get("fake.users.get", "/users/{userId}").returns(FakeUser.class);
  static final Endpoint<FakeUser, FakeUser> UPSERT =
      Endpoint.post("fake.users.upsert", "/users/upsert")
          .body(FakeUser.class)
          .idempotent(true)
          .returns(FakeUser.class);
  static final Endpoint<Void, Boolean> EXISTS =
      Endpoint.head("fake.users.exists", "/users/{userId}").returnsExists();
  static final Endpoint<Void, Void> DELETE =
      Endpoint.delete("fake.users.delete", "/users/{userId}").returnsNothing();
  static final Endpoint<Void, Optional<FakeUser>> FIND =
      Endpoint.get("fake.users.find", "/users/find").query("email").returnsOptional(FakeUser.class);
  static final Endpoint<Void, FakePage> LIST =
      Endpoint.get("fake.users.list", "/users").query("limit", "cursor").returns(FakePage.class);
  static final Endpoint<Void, FakePage> LIST_OFFSET =
      Endpoint.get("fake.users.listOffset", "/users-by-offset")
          .query("offset", "limit")
          .returns(FakePage.class);

  static final Paging<FakePage, FakeUser> CURSOR = Paging.cursor("cursor", FakePage::report);
  static final Paging<FakePage, FakeUser> OFFSET = Paging.offset("offset", FakePage::report);

  /** Reads {@code {"code": "...", "message": "...", "errors": {"field": ["..."]}}}. */
  static final ErrorDetailsParser ERRORS =
      (status, body) -> {
        if (!body.isObject()) {
          return ErrorDetails.none();
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        JsonNode errors = body.path("errors");
        for (Iterator<Map.Entry<String, JsonNode>> it = errors.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          List<String> messages = new ArrayList<>();
          e.getValue().forEach(m -> messages.add(m.asText()));
          fields.put(e.getKey(), messages);
        }
        return ErrorDetails.of(
                body.hasNonNull("code") ? body.get("code").asText() : null,
                body.hasNonNull("message") ? body.get("message").asText() : null)
            .withFieldErrors(fields)
            .withProperty("link", body.hasNonNull("link") ? body.get("link").asText() : null);
      };

  private final ApiClient api;

  private FakeVendorClient(ApiClient api) {
    this.api = api;
  }

  public static Builder builder() {
    return new Builder();
  }

  public FakeUser create(FakeUser user) {
    return api.execute(CREATE, Call.body(user));
  }

  public CompletableFuture<FakeUser> createAsync(FakeUser user) {
    return api.executeAsync(CREATE, Call.body(user));
  }

  public FakeUser upsert(FakeUser user) {
    return api.execute(UPSERT, Call.body(user));
  }

  public FakeUser get(String id) {
    return api.execute(GET, Call.path("userId", id));
  }

  public CompletableFuture<FakeUser> getAsync(String id) {
    return api.executeAsync(GET, Call.path("userId", id));
  }

  public boolean exists(String id) {
    return api.execute(EXISTS, Call.path("userId", id));
  }

  public CompletableFuture<Boolean> existsAsync(String id) {
    return api.executeAsync(EXISTS, Call.path("userId", id));
  }

  public void delete(String id) {
    api.execute(DELETE, Call.path("userId", id));
  }

  public Optional<FakeUser> findByEmail(String email) {
    return api.execute(FIND, Call.empty().withQuery("email", email));
  }

  public Paged<FakeUser> list(int limit) {
    return api.paged(LIST, Call.empty().withQuery("limit", Integer.toString(limit)), CURSOR);
  }

  public CompletableFuture<Paged<FakeUser>> listAsync(int limit) {
    return api.pagedAsync(LIST, Call.empty().withQuery("limit", Integer.toString(limit)), CURSOR);
  }

  public Paged<FakeUser> listByOffset(int limit) {
    return api.paged(LIST_OFFSET, Call.empty().withQuery("limit", Integer.toString(limit)), OFFSET);
  }

  public RawApi raw() {
    return api.raw();
  }

  ApiClient api() {
    return api;
  }

  public static final class Builder extends ClientBuilder<Builder> {
    private AuthStrategy auth = AuthStrategy.none();
    private MediaFormat format = MediaFormat.JSON;

    public Builder auth(AuthStrategy auth) {
      this.auth = Objects.requireNonNull(auth, "auth == null");
      return this;
    }

    public Builder format(MediaFormat format) {
      this.format = format;
      return this;
    }

    public ClientOptions options() {
      return options(Optional.empty());
    }

    public FakeVendorClient build() {
      return new FakeVendorClient(
          ApiClient.builder(options(Optional.empty()))
              .auth(auth)
              .format(format)
              .errorParser(ERRORS)
              .build());
    }
  }
}
