package io.peoplesync.springest;

import io.peoplesync.core.spi.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Reports how saving one user went on one site: the user's reference, or the failure. */
@Value.Immutable
public interface SiteResult {
  /** Returns the site's name as configured in {@link SpringestSites}. */
  String site();

  /** Returns the reference Springest answered with, when the save succeeded. */
  Optional<SpringestUserRef> ref();

  /**
   * Returns why the save failed, typically an {@link io.peoplesync.core.ApiException}; its message
   * never holds the API key.
   */
  Optional<RuntimeException> error();

  /** Returns whether the save succeeded. */
  @Value.Derived
  default boolean ok() {
    return error().isEmpty();
  }

  /** Checks that exactly one of reference and error is present. */
  @Value.Check
  default void check() {
    Validate.check(ref().isPresent() != error().isPresent(), "ref", "xor error must be present");
  }

  /** Returns a success for {@code site}. */
  static SiteResult success(String site, SpringestUserRef ref) {
    return ImmutableSiteResult.builder().site(site).ref(ref).build();
  }

  /** Returns a failure for {@code site}. */
  static SiteResult failure(String site, RuntimeException error) {
    return ImmutableSiteResult.builder().site(site).error(error).build();
  }
}
