package io.peoplesync.spencer;

import io.peoplesync.core.spi.Validate;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters for {@link NewsApi#publications}; every filter is optional and sent only when set, as
 * query parameters {@code published_after}, {@code published_before} (ISO-8601 instants), {@code
 * limit} and {@code offset}.
 *
 * <p>Rules checked by {@code build()}: {@code limit} is at least 1, {@code offset} at least 0, and
 * {@code publishedAfter} is not after {@code publishedBefore}.
 */
@Value.Immutable
public interface NewsQuery {
  /** Returns the earliest publication time to include. */
  Optional<Instant> publishedAfter();

  /** Returns the latest publication time to include. */
  Optional<Instant> publishedBefore();

  /** Returns the most items to return. */
  Optional<Integer> limit();

  /** Returns how many items to skip. */
  Optional<Integer> offset();

  /** Checks the rules listed on the type. */
  @Value.Check
  default void check() {
    limit().ifPresent(l -> Validate.check(l >= 1, "limit", "must be at least 1"));
    offset().ifPresent(o -> Validate.check(o >= 0, "offset", "must be at least 0"));
    if (publishedAfter().isPresent() && publishedBefore().isPresent()) {
      Validate.check(
          !publishedAfter().get().isAfter(publishedBefore().get()),
          "publishedAfter",
          "must not be after publishedBefore");
    }
  }

  /** Returns a query with no filters. */
  static NewsQuery all() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewsQuery}. */
  class Builder extends ImmutableNewsQuery.Builder {}
}
