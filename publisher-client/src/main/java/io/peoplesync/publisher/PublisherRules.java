package io.peoplesync.publisher;

import io.peoplesync.core.spi.Validate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What may be sent to Publisher, applied when a user is sent (add, update), never when one is read:
 * a stored user that breaks a rule stays readable.
 *
 * <p>Publisher's write API accepts the statuses {@code active} and {@code inactive} only (ref 116),
 * while reads also show {@code Pending}, {@code Archived}, {@code Disabled} and {@code Suspended}.
 * A user read and written back must be accepted, so a read status is mapped: {@code active} and
 * {@code inactive} are sent as such, {@code disable(d)} as {@code inactive} (the list filter treats
 * them as one), and every other status — pending, archived, suspended, unknown — is left out, so
 * Publisher keeps the one it has. Elements Publisher keeps for itself (links to the user, login and
 * audit data) are not sent back either.
 */
final class PublisherRules {
  /**
   * Elements Publisher writes and reports but never takes: links to the user and its avatar, and
   * the login and audit fields of the newer user model.
   */
  static final Set<String> SERVER_ONLY =
      Set.of(
          "link",
          "userlink",
          "httplink",
          "httpavatar",
          "invited",
          "lastlogin",
          "lastlogindate",
          "invitationsent",
          "invalidlogins",
          "createdby",
          "createddate",
          "modifiedby",
          "modifieddate",
          "emaildomain",
          "resetpassworddate");

  private PublisherRules() {}

  /**
   * Returns the user as it is sent: the status mapped to a writable one or left out, server-only
   * elements left out, and the id kept only on update (Publisher assigns it on add); then checks
   * Publisher's documented input rules.
   *
   * @throws IllegalArgumentException naming the field and the rule it breaks; nothing is sent
   */
  static PublisherUser sendable(PublisherUser user, boolean withId) {
    Objects.requireNonNull(user, "user == null");
    Map<String, Object> extras = new LinkedHashMap<>(user.extras());
    extras.keySet().removeAll(SERVER_ONLY);
    PublisherUser.Builder body = PublisherUser.builder().from(user);
    body.statusText(writableStatus(user.statusText())).extras(extras);
    if (!withId) {
      body.id(Optional.empty());
    }
    return check(body.build());
  }

  /** Maps a status as read to the one that may be written; empty for a read-only status. */
  static Optional<String> writableStatus(Optional<String> statusText) {
    return UserStatus.parse(statusText)
        .flatMap(
            s -> {
              switch (s) {
                case ACTIVE:
                  return Optional.of(UserStatus.ACTIVE.wireName());
                case INACTIVE:
                case DISABLED:
                  return Optional.of(UserStatus.INACTIVE.wireName());
                default:
                  return Optional.empty();
              }
            });
  }

  private static PublisherUser check(PublisherUser user) {
    Validate.email("email", user.email());
    Validate.length("firstName", user.name().firstName().orElse(""), 1, 100);
    user.department().ifPresent(d -> Validate.maxLength("department", d, 256));
    return user;
  }
}
