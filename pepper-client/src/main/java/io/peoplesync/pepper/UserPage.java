package io.peoplesync.pepper;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET /users}: {@code {"items": [...], "page": {...}}}. */
@Value.Immutable
@JsonDeserialize(as = ImmutableUserPage.class)
interface UserPage {
  List<PepperUser> items();

  Optional<PageInfo> page();
}
