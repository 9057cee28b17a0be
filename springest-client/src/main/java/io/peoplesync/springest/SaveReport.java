package io.peoplesync.springest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Reports a save on several sites: one {@link SiteResult} per site, in configured order. */
@Value.Immutable
public interface SaveReport {
  /** Returns every site's result, in the order the sites were added. */
  List<SiteResult> results();

  /** Returns the results of the sites where the save failed. */
  @Value.Derived
  default List<SiteResult> failures() {
    return results().stream().filter(r -> !r.ok()).collect(Collectors.toUnmodifiableList());
  }

  /** Returns whether the save succeeded on every site. */
  @Value.Derived
  default boolean allSucceeded() {
    return failures().isEmpty();
  }

  /** Returns the result for the site named {@code site}, if it was part of the save. */
  default Optional<SiteResult> result(String site) {
    return results().stream().filter(r -> r.site().equals(site)).findFirst();
  }

  /** Returns a report of {@code results}. */
  static SaveReport of(List<SiteResult> results) {
    return ImmutableSaveReport.builder().results(results).build();
  }
}
