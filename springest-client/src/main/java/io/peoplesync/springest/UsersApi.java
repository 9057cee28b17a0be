package io.peoplesync.springest;

import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Validate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Saves and looks up the users of one Springest Go site.
 *
 * <p>Failures: {@link io.peoplesync.core.BadRequestException} when Springest rejects the data
 * ({@code fieldErrors()} holds its validation messages), {@link
 * io.peoplesync.core.AuthenticationException} for a wrong API key, {@link
 * io.peoplesync.core.ApiTransportException} when no answer came.
 */
public class UsersApi {
  private final ApiClient api;

  UsersApi(ApiClient api) {
    this.api = api;
  }

  /**
   * Creates the user, or <b>replaces every field</b> of the existing user matched on external id
   * (which wins) or else e-mail. Springest blanks any field sent empty, so send the complete user
   * from the system of record, never a partial one.
   *
   * <p>Safe to repeat: the same body always leaves the same user, so the request is retried after
   * timeouts and 5xx answers like a PUT.
   *
   * @throws io.peoplesync.core.BadRequestException if Springest rejects the user, for example an
   *     approver who has no active account
   */
  public SpringestUserRef save(SpringestUser user) {
    return api.execute(SpringestEndpoints.SAVE_USER, Call.body(checked(user)));
  }

  /** Saves like {@link #save} without blocking. */
  public CompletableFuture<SpringestUserRef> saveAsync(SpringestUser user) {
    return api.executeAsync(SpringestEndpoints.SAVE_USER, Call.body(checked(user)));
  }

  /**
   * Looks a user up by the caller's external id; the first match when Springest answers several.
   * Empty when Springest answers 404, an empty body or an empty list.
   *
   * @throws IllegalArgumentException if {@code externalId} is blank; nothing is sent
   */
  public Optional<SpringestUserStatus> findByExternalId(String externalId) {
    return first(api.execute(SpringestEndpoints.FIND_USER, lookup(externalId)));
  }

  /** Looks a user up like {@link #findByExternalId} without blocking. */
  public CompletableFuture<Optional<SpringestUserStatus>> findByExternalIdAsync(String externalId) {
    return api.executeAsync(SpringestEndpoints.FIND_USER, lookup(externalId))
        .thenApply(this::first);
  }

  /**
   * Marks a leaver: saves {@code user} with {@code active = false} and the given employment end
   * date. Because a save replaces the whole user, pass the <b>complete</b> current user, not just
   * its id: every field left out may be blanked by Springest. The account closes at once; the end
   * date only schedules the removal of personal data.
   */
  public SpringestUserRef deactivate(SpringestUser user, LocalDate employmentEndDate) {
    return save(checked(user).deactivated(employmentEndDate));
  }

  /** Marks a leaver like {@link #deactivate} without blocking. */
  public CompletableFuture<SpringestUserRef> deactivateAsync(
      SpringestUser user, LocalDate employmentEndDate) {
    return saveAsync(checked(user).deactivated(employmentEndDate));
  }

  private static SpringestUser checked(SpringestUser user) {
    return Objects.requireNonNull(user, "user == null");
  }

  private static Call<Void> lookup(String externalId) {
    return Call.empty().withQuery("external_id", Validate.notBlank("externalId", externalId));
  }

  private Optional<SpringestUserStatus> first(Optional<List<SpringestUserStatus>> found) {
    return found.flatMap(list -> list.stream().findFirst());
  }
}
