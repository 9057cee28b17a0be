package io.peoplesync.spencer;

import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The Users endpoints: create, fetch, update, archive, delete and check users, and set their
 * profile pictures. {@code userId} is the user's external id; it is sent as one encoded path
 * segment and must not be blank. Only users created through the Integration API can be changed
 * through it. Each {@code …Async} method fails its future with what the blocking one throws.
 */
public class UsersApi {
  private final ApiClient api;

  UsersApi(ApiClient api) {
    this.api = api;
  }

  /**
   * Creates a user and returns it as Spencer stored it, or as sent when Spencer answers without a
   * body. Fields Spencer sets itself are not sent. Not idempotent: never repeated once it may have
   * reached Spencer.
   *
   * @throws IllegalArgumentException if {@code user} breaks a rule listed on {@link SpencerUser};
   *     nothing was sent
   * @throws io.peoplesync.core.ConflictException if the user already exists
   * @throws io.peoplesync.core.BadRequestException if Spencer rejects a field
   */
  public SpencerUser create(SpencerUser user) {
    SpencerUser sent = SpencerWrites.user(user);
    return api.execute(SpencerEndpoints.CREATE_USER, Call.body(sent)).orElse(sent);
  }

  /**
   * Creates a user without blocking; see {@link #create}. A rule broken throws at once, before the
   * future exists.
   */
  public CompletableFuture<SpencerUser> createAsync(SpencerUser user) {
    SpencerUser sent = SpencerWrites.user(user);
    return api.executeAsync(SpencerEndpoints.CREATE_USER, Call.body(sent))
        .thenApply(answer -> answer.orElse(sent));
  }

  /**
   * Returns the user.
   *
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   */
  public SpencerUser get(String userId) {
    return api.execute(SpencerEndpoints.GET_USER, Call.path("userId", userId));
  }

  /** Returns the user without blocking; see {@link #get}. */
  public CompletableFuture<SpencerUser> getAsync(String userId) {
    return api.executeAsync(SpencerEndpoints.GET_USER, Call.path("userId", userId));
  }

  /**
   * Replaces the user's data with {@code user} (a PUT: fields left out are not kept, so start from
   * {@link #get} to change a few) and returns the result, or the user as sent when Spencer answers
   * without a body. Fields Spencer sets itself ({@code id}, {@code created_at} …) are not sent, so
   * a fetched user can be written back as it is.
   *
   * @throws IllegalArgumentException if {@code user} breaks a rule listed on {@link SpencerUser};
   *     nothing was sent
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   * @throws io.peoplesync.core.BadRequestException if Spencer rejects a field
   */
  public SpencerUser update(String userId, SpencerUser user) {
    SpencerUser sent = SpencerWrites.user(user);
    return api.execute(SpencerEndpoints.UPDATE_USER, Call.path("userId", userId).withBody(sent))
        .orElse(sent);
  }

  /**
   * Replaces the user's data without blocking; see {@link #update}. A rule broken throws at once.
   */
  public CompletableFuture<SpencerUser> updateAsync(String userId, SpencerUser user) {
    SpencerUser sent = SpencerWrites.user(user);
    return api.executeAsync(
            SpencerEndpoints.UPDATE_USER, Call.path("userId", userId).withBody(sent))
        .thenApply(answer -> answer.orElse(sent));
  }

  /**
   * Archives the user as of {@code when}, keeping their data: fetches the user, sets {@code
   * archived_at} and sends the user as read back through {@link #update} (unknown fields kept,
   * fields Spencer sets itself left out). The two calls are not atomic: a change made by someone
   * else in between is overwritten. Prefer this to {@link #delete}.
   *
   * @throws IllegalArgumentException if the stored user breaks a rule listed on {@link SpencerUser}
   *     (correct it with {@link #update}); only the fetch was sent
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   */
  public SpencerUser archive(String userId, Instant when) {
    return update(userId, get(userId).withArchivedAt(when));
  }

  /** Archives the user without blocking; see {@link #archive}. */
  public CompletableFuture<SpencerUser> archiveAsync(String userId, Instant when) {
    return getAsync(userId).thenCompose(u -> updateAsync(userId, u.withArchivedAt(when)));
  }

  /**
   * Deletes the user and all data attached to it. This cannot be undone: to keep the data, {@link
   * #archive} instead.
   *
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   */
  public void delete(String userId) {
    api.execute(SpencerEndpoints.DELETE_USER, Call.path("userId", userId));
  }

  /** Deletes the user without blocking; see {@link #delete}. */
  public CompletableFuture<Void> deleteAsync(String userId) {
    return api.executeAsync(SpencerEndpoints.DELETE_USER, Call.path("userId", userId));
  }

  /**
   * Returns whether the user exists (HEAD: 2xx true, 404 false).
   *
   * @throws io.peoplesync.core.ApiResponseException for any other error status
   */
  public boolean exists(String userId) {
    return api.execute(SpencerEndpoints.USER_EXISTS, Call.path("userId", userId));
  }

  /** Returns whether the user exists without blocking; see {@link #exists}. */
  public CompletableFuture<Boolean> existsAsync(String userId) {
    return api.executeAsync(SpencerEndpoints.USER_EXISTS, Call.path("userId", userId));
  }

  /**
   * Sets the user's profile picture from image bytes (sent base64-encoded as {@code media}) and
   * returns Spencer's answer string. Spencer crops and resizes; near-square images look best. A
   * second upload replaces the first, so the call may be repeated.
   *
   * @throws IllegalArgumentException if {@code image} is empty; nothing was sent
   * @throws io.peoplesync.core.NotFoundException if there is no such user
   */
  public String setProfilePicture(String userId, byte[] image) {
    return api.execute(
        SpencerEndpoints.SET_PROFILE_PICTURE,
        Call.path("userId", userId).withBody(ProfilePicture.of(image)));
  }

  /** Sets the profile picture from bytes without blocking; see {@link #setProfilePicture}. */
  public CompletableFuture<String> setProfilePictureAsync(String userId, byte[] image) {
    return api.executeAsync(
        SpencerEndpoints.SET_PROFILE_PICTURE,
        Call.path("userId", userId).withBody(ProfilePicture.of(image)));
  }

  /**
   * Sets the user's profile picture from an image file, read on the caller's thread; otherwise as
   * {@link #setProfilePicture(String, byte[])}.
   *
   * @throws java.io.UncheckedIOException if the file cannot be read; nothing was sent
   */
  public String setProfilePicture(String userId, Path imageFile) {
    return api.execute(
        SpencerEndpoints.SET_PROFILE_PICTURE,
        Call.path("userId", userId).withBody(ProfilePicture.fromFile(imageFile)));
  }

  /**
   * Sets the profile picture from a file without blocking once the file is read; see {@link
   * #setProfilePicture(String, Path)}.
   */
  public CompletableFuture<String> setProfilePictureAsync(String userId, Path imageFile) {
    return api.executeAsync(
        SpencerEndpoints.SET_PROFILE_PICTURE,
        Call.path("userId", userId).withBody(ProfilePicture.fromFile(imageFile)));
  }
}
