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
   * Creates a tag with its translations and returns it as Spencer stored it, or as sent when
   * Spencer answers without a body. Not idempotent.
   *
   * @throws IllegalArgumentException if {@code tag} breaks a rule listed on {@link UserTag};
   *     nothing was sent
   * @throws io.peoplesync.core.ConflictException if a tag with this id already exists
   * @throws io.peoplesync.core.BadRequestException if Spencer rejects a field
   */
  public UserTag create(UserTag tag) {
    UserTag sent = SpencerWrites.tag(tag);
    return api.execute(SpencerEndpoints.CREATE_TAG, Call.body(sent)).orElse(sent);
  }

  /** Creates a tag without blocking; see {@link #create}. A rule broken throws at once. */
  public CompletableFuture<UserTag> createAsync(UserTag tag) {
    UserTag sent = SpencerWrites.tag(tag);
    return api.executeAsync(SpencerEndpoints.CREATE_TAG, Call.body(sent))
        .thenApply(answer -> answer.orElse(sent));
  }

  /**
   * Replaces the tag {@code tagId} with {@code tag} (its translations included) and returns the
   * result, or the tag as sent when Spencer answers without a body. Spencer's timestamps are not
   * sent, so a tag Spencer returned can be written back as it is.
   *
   * @throws IllegalArgumentException if {@code tag} breaks a rule listed on {@link UserTag};
   *     nothing was sent
   * @throws io.peoplesync.core.NotFoundException if there is no such tag
   */
  public UserTag update(String tagId, UserTag tag) {
    UserTag sent = SpencerWrites.tag(tag);
    return api.execute(SpencerEndpoints.UPDATE_TAG, Call.path("tagId", tagId).withBody(sent))
        .orElse(sent);
  }

  /** Replaces the tag without blocking; see {@link #update}. A rule broken throws at once. */
  public CompletableFuture<UserTag> updateAsync(String tagId, UserTag tag) {
    UserTag sent = SpencerWrites.tag(tag);
    return api.executeAsync(SpencerEndpoints.UPDATE_TAG, Call.path("tagId", tagId).withBody(sent))
        .thenApply(answer -> answer.orElse(sent));
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
