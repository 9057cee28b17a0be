package io.peoplesync.provisioning;

import io.peoplesync.core.PeoplesyncStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Lifts the guard rails for one run of {@link Provisioner#apply(Plan, ApplyOptions)}.
 *
 * <pre>{@code
 * provisioner.apply(plan, ApplyOptions.builder().allowDeactivations(40).build());
 * }</pre>
 */
@Value.Immutable
@PeoplesyncStyle
public interface ApplyOptions {
  /**
   * Returns how many deactivations and deletions per target this run allows, whatever the share;
   * empty keeps the provisioner's {@code maxDeactivationShare}.
   */
  Optional<Integer> allowDeactivations();

  /** Returns whether this run may follow a population that shrank more than allowed. */
  default boolean allowShrink() {
    return false;
  }

  /** Returns the options that keep every guard rail. */
  static ApplyOptions defaults() {
    return builder().build();
  }

  /** Returns the options that lift both guard rails for one run. */
  static ApplyOptions allowAll() {
    return builder().allowDeactivations(Integer.MAX_VALUE).allowShrink(true).build();
  }

  /** Returns a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks that the allowance is not negative. */
  @Value.Check
  default void check() {
    if (allowDeactivations().orElse(0) < 0) {
      throw new IllegalArgumentException("allowDeactivations: must not be negative");
    }
  }

  /** Builds {@link ApplyOptions}. */
  final class Builder extends ImmutableApplyOptions.Builder {}
}
