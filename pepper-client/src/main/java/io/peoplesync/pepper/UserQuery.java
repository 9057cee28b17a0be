package io.peoplesync.pepper;

import io.peoplesync.core.spi.Validate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of a user listing ({@code GET /users}); all optional.
 *
 * <pre>{@code
 * UserQuery.builder().include("credentials").updatedAfter(lastRun).limit(100).build();
 * }</pre>
 */
@Value.Immutable
public interface UserQuery {
  /**
   * Returns the related data to embed, sent comma-separated as {@code include}; Pepper advises
   * asking only for what you need, usually {@code credentials}.
   */
  List<String> include();

  /** Returns the instant after which users must have changed, sent as {@code updatedAfter}. */
  Optional<Instant> updatedAfter();

  /** Returns a login (e-mail address or phone number) to look a user up by. */
  Optional<String> credentialId();

  /**
   * Returns the page size asked for; Pepper's default when unset. Pepper may cap it and reports the
   * size it used; the listing still reads every page.
   */
  Optional<Integer> limit();

  /** Rejects blank names and a page size below 1. */
  @Value.Check
  default void check() {
    include().forEach(i -> Validate.notBlank("include", i));
    credentialId().ifPresent(c -> Validate.notBlank("credentialId", c));
    limit().ifPresent(l -> Validate.check(l > 0, "limit", "must be positive"));
  }

  /** Returns a query for every user. */
  static UserQuery all() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserQuery}. */
  class Builder extends ImmutableUserQuery.Builder {
    /** Replaces the related data to embed, for example {@code include("credentials")}. */
    public Builder include(String... names) {
      return include(Arrays.asList(names));
    }
  }
}
