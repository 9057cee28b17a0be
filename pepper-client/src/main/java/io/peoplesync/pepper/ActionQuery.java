package io.peoplesync.pepper;

import io.peoplesync.core.spi.Validate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The window and kinds of an action listing ({@code GET /actions}).
 *
 * <p>The window is {@code (after, upTo]}: an action exactly at {@code after} is left out, one
 * exactly at {@code upTo} is included, so consecutive windows neither overlap nor leave a gap.
 * Instants are sent in UTC with milliseconds, finer digits cut.
 *
 * <pre>{@code
 * ActionQuery.builder().after(from).upTo(to).types(ActionType.userLifecycle()).build();
 * }</pre>
 */
@Value.Immutable
public interface ActionQuery {
  /** Returns the exclusive start, sent as {@code when.timestamp.gt}. */
  Optional<Instant> after();

  /** Returns the inclusive end, sent as {@code when.timestamp.lte}. */
  Optional<Instant> upTo();

  /** Returns the kinds to list, sent comma-separated as {@code type}; every kind when empty. */
  Set<ActionType> types();

  /**
   * Returns the page size asked for; Pepper's default when unset. Pepper may cap it and reports the
   * size it used; the listing still reads every page.
   */
  Optional<Integer> limit();

  /** Rejects an empty window, {@link ActionType#UNKNOWN} as a filter and a page size below 1. */
  @Value.Check
  default void check() {
    if (after().isPresent() && upTo().isPresent()) {
      Validate.check(upTo().get().isAfter(after().get()), "upTo", "must be after 'after'");
    }
    Validate.check(!types().contains(ActionType.UNKNOWN), "types", "must not contain UNKNOWN");
    limit().ifPresent(l -> Validate.check(l > 0, "limit", "must be positive"));
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionQuery}. */
  class Builder extends ImmutableActionQuery.Builder {
    /** Replaces the kinds to list. */
    public Builder types(ActionType... types) {
      return types(Arrays.asList(types));
    }
  }
}
