package io.peoplesync.publisher;

import io.peoplesync.core.Paged;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import java.util.concurrent.CompletableFuture;

/**
 * Publisher's user operations: add, get, update (a full replace), list and archive.
 *
 * <p>Each method has an {@code …Async} twin whose future fails with the same exceptions. Failures
 * are {@link io.peoplesync.core.ApiException}s: {@link io.peoplesync.core.NotFoundException} for an
 * unknown user (ref 108), {@link io.peoplesync.core.BadRequestException} for a rejected value,
 * {@link io.peoplesync.core.AuthenticationException} when the token or the caller's IP is refused;
 * Publisher's {@code ref} is {@code vendorCode()} and its {@code summary} is {@code
 * vendorMessage()}. Get, update, list and archive are repeated after 429, 503 and connection
 * failures; add only when Publisher cannot have stored the user (429, or no connection made).
 */
public class UsersApi {
  private final ApiClient api;

  UsersApi(ApiClient api) {
    this.api = api;
  }

  /**
   * Adds a user ({@code POST /api/2/users}) and returns Publisher's summary with the new id.
   *
   * @throws io.peoplesync.core.BadRequestException if Publisher rejects the user
   */
  public UserSummary add(PublisherUser user) {
    return api.execute(PublisherEndpoints.ADD, PublisherEndpoints.add(user)).user();
  }

  /** Adds a user without blocking; see {@link #add}. */
  public CompletableFuture<UserSummary> addAsync(PublisherUser user) {
    return api.executeAsync(PublisherEndpoints.ADD, PublisherEndpoints.add(user))
        .thenApply(SummaryEnvelope::user);
  }

  /**
   * Returns the user with this id or e-mail address ({@code GET /api/2/users/{idOrEmail}}); the
   * value is percent-encoded as one path segment.
   *
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   */
  public PublisherUser get(String idOrEmail) {
    return api.execute(PublisherEndpoints.GET, Call.path("idOrEmail", idOrEmail)).user();
  }

  /** Returns the user without blocking; see {@link #get}. */
  public CompletableFuture<PublisherUser> getAsync(String idOrEmail) {
    return api.executeAsync(PublisherEndpoints.GET, Call.path("idOrEmail", idOrEmail))
        .thenApply(UserEnvelope::user);
  }

  /**
   * Replaces the user with this id or e-mail address by {@code user} ({@code PUT
   * /api/2/users/{idOrEmail}}): fields left out may be cleared, so send the whole user, for example
   * one read with {@link #get} and changed through {@code PublisherUser.builder().from(user)}.
   *
   * <p>The body carries the user's id: taken from {@code idOrEmail} when the user has none.
   *
   * @throws IllegalArgumentException if the user's id differs from {@code idOrEmail}, or if the
   *     user has no id and {@code idOrEmail} is an e-mail address; nothing is sent
   */
  public UserSummary update(String idOrEmail, PublisherUser user) {
    return api.execute(PublisherEndpoints.UPDATE, PublisherEndpoints.update(idOrEmail, user))
        .user();
  }

  /** Replaces the user without blocking; see {@link #update}. */
  public CompletableFuture<UserSummary> updateAsync(String idOrEmail, PublisherUser user) {
    return api.executeAsync(PublisherEndpoints.UPDATE, PublisherEndpoints.update(idOrEmail, user))
        .thenApply(SummaryEnvelope::user);
  }

  /**
   * Lists the users that match {@code query} ({@code GET /api/2/users}), asking for {@code
   * query.limit()} per request. Lazy: nothing is fetched until iteration starts, and each next page
   * only when iteration reaches it. Publisher may return fewer users than asked and reports no page
   * size, so each next page starts after the users received and only an empty page ends the listing
   * (one request more than the pages of users).
   */
  public Paged<UserSummary> list(UserListQuery query) {
    return api.paged(
        PublisherEndpoints.LIST, PublisherEndpoints.list(query), PublisherEndpoints.OFFSET);
  }

  /** Fetches the first page without blocking; later pages load lazily as for {@link #list}. */
  public CompletableFuture<Paged<UserSummary>> listAsync(UserListQuery query) {
    return api.pagedAsync(
        PublisherEndpoints.LIST, PublisherEndpoints.list(query), PublisherEndpoints.OFFSET);
  }

  /**
   * Archives the user with this id ({@code DELETE /api/3/users/{id}}), Publisher's way of removing
   * a user, and returns its summary.
   *
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   */
  public UserSummary archive(String id) {
    return api.execute(PublisherEndpoints.ARCHIVE, Call.path("id", id)).user();
  }

  /** Archives the user without blocking; see {@link #archive}. */
  public CompletableFuture<UserSummary> archiveAsync(String id) {
    return api.executeAsync(PublisherEndpoints.ARCHIVE, Call.path("id", id))
        .thenApply(SummaryEnvelope::user);
  }
}
