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
 * <p>Two ways to write a user, named for what they send: {@link #replace} (and {@link #save}, the
 * same call) sends the complete record and clears every field that is not set; {@link #merge} sends
 * only the fields that are set. Both are checked before anything is sent, each broken rule an
 * {@link IllegalArgumentException} naming the field: an external id or an e-mail is present (not
 * blank); a non-empty e-mail looks like an address; gender is {@code m} or {@code f}; every
 * approver has an e-mail address and one of the three labels; dates fit {@code yyyy-MM-dd} and the
 * employment end date is not before the start date; no {@code putExtra} name repeats a documented
 * field. Nothing is checked when reading.
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
   * (which wins) or else e-mail, by sending the complete record: the same call as {@link #replace}.
   *
   * @throws IllegalArgumentException if the user breaks a rule listed on {@link UsersApi}; nothing
   *     is sent
   * @throws io.peoplesync.core.BadRequestException if Springest rejects the user, for example an
   *     approver who has no active account
   */
  public SpringestUserRef save(SpringestUser user) {
    return replace(user);
  }

  /** Saves like {@link #save} without blocking; a broken rule is thrown before any future. */
  public CompletableFuture<SpringestUserRef> saveAsync(SpringestUser user) {
    return replaceAsync(user);
  }

  /**
   * Creates the user or replaces the whole record Springest holds, by sending <b>every documented
   * field</b>: a field not set is sent cleared ({@code ""} for texts, gender and birthdate, {@code
   * null} for the employment dates, {@code []} for approvers and tags, {@code true} for {@code
   * active}, Springest's default), so whatever was removed in the system of record is removed in
   * Springest. Only an unset external id is left out, as it is the key Springest matches on. Pass
   * the complete user from the system of record.
   *
   * <p>Safe to repeat: the same body always leaves the same user, so the request is retried after
   * timeouts and 5xx answers like a PUT.
   *
   * @throws IllegalArgumentException if the user breaks a rule listed on {@link UsersApi}; nothing
   *     is sent
   * @throws io.peoplesync.core.BadRequestException if Springest rejects the user
   */
  public SpringestUserRef replace(SpringestUser user) {
    return api.execute(SpringestEndpoints.SAVE_USER, complete(user));
  }

  /** Replaces like {@link #replace} without blocking; a broken rule is thrown before any future. */
  public CompletableFuture<SpringestUserRef> replaceAsync(SpringestUser user) {
    return api.executeAsync(SpringestEndpoints.SAVE_USER, complete(user));
  }

  /**
   * Creates the user or changes the existing one by sending <b>only the fields that are set</b>
   * (and tags or approvers when not empty or cleared); Springest keeps every field left out. A
   * field set to {@code ""} is sent and blanks it. Use it to change a few fields of a user whose
   * complete record is not at hand, for example one built from {@link
   * SpringestUserStatus#toUser()}. Retried like {@link #replace}.
   *
   * @throws IllegalArgumentException if the user breaks a rule listed on {@link UsersApi}; nothing
   *     is sent
   * @throws io.peoplesync.core.BadRequestException if Springest rejects the user
   */
  public SpringestUserRef merge(SpringestUser user) {
    return api.execute(SpringestEndpoints.MERGE_USER, asSet(user));
  }

  /** Merges like {@link #merge} without blocking; a broken rule is thrown before any future. */
  public CompletableFuture<SpringestUserRef> mergeAsync(SpringestUser user) {
    return api.executeAsync(SpringestEndpoints.MERGE_USER, asSet(user));
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
   * Marks a leaver: {@linkplain #replace replaces} the record with {@code user}, {@code active =
   * false} and the given employment end date. Pass the <b>complete</b> current user, not just its
   * id: every field not set is sent cleared. The account closes at once; the end date only
   * schedules the removal of personal data.
   *
   * @throws IllegalArgumentException if the user breaks a rule listed on {@link UsersApi}; nothing
   *     is sent
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

  private static Call<UserJson.Body> complete(SpringestUser user) {
    return Call.body(UserJson.Body.complete(UserRules.check(user)));
  }

  private static Call<UserJson.Body> asSet(SpringestUser user) {
    return Call.body(UserJson.Body.asSet(UserRules.check(user)));
  }

  private static Call<Void> lookup(String externalId) {
    return Call.empty().withQuery("external_id", Validate.notBlank("externalId", externalId));
  }

  private Optional<SpringestUserStatus> first(Optional<List<SpringestUserStatus>> found) {
    return found.flatMap(list -> list.stream().findFirst());
  }
}
