package io.peoplesync.publisher;

import io.peoplesync.core.spi.Validate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters, sort order and page size of {@link UsersApi#list}. Every filter is optional; list
 * filters are sent comma-separated. Pages hold {@link #limit()} users (200 unless set) and start at
 * {@link #offset()} (0 unless set).
 *
 * <pre>{@code
 * UserListQuery q = UserListQuery.builder()
 *     .addDepartment("Finance").status(UserStatus.ACTIVE).sort("+lastname").build();
 * }</pre>
 */
@Value.Immutable
public interface UserListQuery {
  /** Returns the organisation names or ids to filter by. */
  List<String> organisations();

  /** Returns the organisation groups to filter by. */
  List<String> organisationGroups();

  /** Returns the user groups to filter by. */
  List<String> userGroups();

  /** Returns the departments to filter by. */
  List<String> departments();

  /** Returns the locations to filter by. */
  List<String> locations();

  /** Returns free text to search for. */
  Optional<String> search();

  /**
   * Returns the status to filter by: one of {@code ACTIVE}, {@code ARCHIVED}, {@code DISABLED},
   * {@code SUSPENDED} and {@code PENDING}.
   */
  Optional<UserStatus> status();

  /** Returns the sort order: {@code +field} or {@code -field}, for example {@code -lastname}. */
  Optional<String> sort();

  /** Returns the fields to return; {@code all} asks for full user objects. */
  List<String> fields();

  /** Returns the created-date filter. */
  Optional<DateFilter> createdDate();

  /** Returns the modified-date filter. */
  Optional<DateFilter> modifiedDate();

  /**
   * Returns the page size asked for; 200 (Publisher's default) unless set. Publisher may cap it.
   */
  default int limit() {
    return 200;
  }

  /** Returns the position of the first user returned; 0 unless set. */
  default int offset() {
    return 0;
  }

  /** Checks the values Publisher accepts. */
  @Value.Check
  default void check() {
    Validate.check(limit() >= 1, "limit", "must be at least 1");
    Validate.check(offset() >= 0, "offset", "must not be negative");
    status()
        .ifPresent(
            s ->
                Validate.check(
                    EnumSet.of(
                            UserStatus.ACTIVE,
                            UserStatus.ARCHIVED,
                            UserStatus.DISABLED,
                            UserStatus.SUSPENDED,
                            UserStatus.PENDING)
                        .contains(s),
                    "status",
                    "must be ACTIVE, ARCHIVED, DISABLED, SUSPENDED or PENDING"));
    sort()
        .ifPresent(
            s ->
                Validate.check(
                    s.length() > 1 && (s.startsWith("+") || s.startsWith("-")),
                    "sort",
                    "must be +field or -field"));
  }

  /** Returns a query with no filters: every user, 200 per page. */
  static UserListQuery all() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserListQuery}. */
  class Builder extends ImmutableUserListQuery.Builder {}
}
