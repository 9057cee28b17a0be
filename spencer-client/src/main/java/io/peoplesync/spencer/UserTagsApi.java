package io.peoplesync.spencer;

import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import java.util.concurrent.CompletableFuture;

/**
 * The user-tag endpoints: create, update and check tags. {@code tagId} is the tag's external id and
 * must not be blank. Each {@code …Async} method fails its future with what the blocking one throws.
 */
public class UserTagsApi {
  private final ApiClient api;

  UserTagsApi(ApiClient api) {
    this.api = api;
  }

  /**
   * Creates a tag with its translations and returns it as Spencer stored it. Not idempotent.
   *
   * @throws io.peoplesync.core.ConflictException if a tag with this id already exists
   * @throws io.peoplesync.core.BadRequestException if Spencer rejects a field
   */
  public UserTag create(UserTag tag) {
    return api.execute(SpencerEndpoints.CREATE_TAG, Call.body(tag));
  }

  /** Creates a tag without blocking; see {@link #create}. */
  public CompletableFuture<UserTag> createAsync(UserTag tag) {
    return api.executeAsync(SpencerEndpoints.CREATE_TAG, Call.body(tag));
  }

  /**
   * Replaces the tag {@code tagId} with {@code tag} (its translations included) and returns the
   * result.
   *
   * @throws io.peoplesync.core.NotFoundException if there is no such tag
   */
  public UserTag update(String tagId, UserTag tag) {
    return api.execute(SpencerEndpoints.UPDATE_TAG, Call.path("tagId", tagId).withBody(tag));
  }

  /** Replaces the tag without blocking; see {@link #update}. */
  public CompletableFuture<UserTag> updateAsync(String tagId, UserTag tag) {
    return api.executeAsync(SpencerEndpoints.UPDATE_TAG, Call.path("tagId", tagId).withBody(tag));
  }

  /**
   * Returns whether the tag exists (HEAD: 2xx true, 404 false).
   *
   * @throws io.peoplesync.core.ApiResponseException for any other error status
   */
  public boolean exists(String tagId) {
    return api.execute(SpencerEndpoints.TAG_EXISTS, Call.path("tagId", tagId));
  }

  /** Returns whether the tag exists without blocking; see {@link #exists}. */
  public CompletableFuture<Boolean> existsAsync(String tagId) {
    return api.executeAsync(SpencerEndpoints.TAG_EXISTS, Call.path("tagId", tagId));
  }
}
