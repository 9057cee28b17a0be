package io.peoplesync.pepper;

import static io.peoplesync.pepper.PepperEndpoints.USERS_CREATE;
import static io.peoplesync.pepper.PepperEndpoints.USERS_DELETE;
import static io.peoplesync.pepper.PepperEndpoints.USERS_LIST;
import static io.peoplesync.pepper.PepperEndpoints.USERS_UPDATE;
import static io.peoplesync.pepper.PepperEndpoints.USER_PAGING;
import static io.peoplesync.pepper.PepperEndpoints.call;

import io.peoplesync.core.Paged;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import java.util.concurrent.CompletableFuture;

/**
 * Pepper's user records: {@code /users}.
 *
 * <p>Download every user once to seed your own system, then follow changes through {@link
 * PepperClient#actions()}: Pepper rate-limits (without publishing the numbers) and asks not to
 * schedule full downloads.
 */
public class UsersApi {
  private final ApiClient api;

  UsersApi(ApiClient api) {
    this.api = api;
  }

  /**
   * Lists users lazily, one request per page as iteration reaches it, following Pepper's opaque
   * {@code startKey} cursor until a page is empty, has no cursor, repeats the cursor, or is shorter
   * than the page size Pepper reports (never the {@code limit} asked for, which Pepper may cap).
   * Iteration throws any {@link io.peoplesync.core.ApiException}.
   */
  public Paged<PepperUser> list(UserQuery query) {
    return api.paged(USERS_LIST, call(query), USER_PAGING);
  }

  /** Lists users like {@link #list}, fetching the first page without blocking. */
  public CompletableFuture<Paged<PepperUser>> listAsync(UserQuery query) {
    return api.pagedAsync(USERS_LIST, call(query), USER_PAGING);
  }

  /**
   * Creates a user ({@code POST /users}); not retried once it may have reached Pepper.
   *
   * @throws io.peoplesync.core.BadRequestException on a 422; {@link
   *     PepperErrors#isCredentialAlreadyAssociated} tells a login that already has an account
   */
  public PepperUser create(NewPepperUser user) {
    return api.execute(USERS_CREATE, call(user));
  }

  /** Creates a user like {@link #create} without blocking. */
  public CompletableFuture<PepperUser> createAsync(NewPepperUser user) {
    return api.executeAsync(USERS_CREATE, call(user));
  }

  /**
   * Changes a user ({@code PUT /users/{userId}}), sending only the fields the update sets or
   * clears; safe to repeat.
   *
   * @throws io.peoplesync.core.NotFoundException if Pepper has no such user
   * @throws IllegalArgumentException if {@code userId} is blank; nothing is sent
   */
  public PepperUser update(String userId, PepperUserUpdate update) {
    return api.execute(USERS_UPDATE, call(userId, update));
  }

  /** Changes a user like {@link #update} without blocking. */
  public CompletableFuture<PepperUser> updateAsync(String userId, PepperUserUpdate update) {
    return api.executeAsync(USERS_UPDATE, call(userId, update));
  }

  /**
   * Removes a user for a GDPR erasure request ({@code DELETE /users/{userId}}): Pepper redacts all
   * identifying data and keeps the rest for analytics. Irreversible; use it for nothing else.
   *
   * @throws io.peoplesync.core.NotFoundException if Pepper has no such user
   * @throws IllegalArgumentException if {@code userId} is blank; nothing is sent
   */
  public void delete(String userId) {
    api.execute(USERS_DELETE, Call.path("userId", userId));
  }

  /** Removes a user like {@link #delete} without blocking. */
  public CompletableFuture<Void> deleteAsync(String userId) {
    return api.executeAsync(USERS_DELETE, Call.path("userId", userId));
  }
}
