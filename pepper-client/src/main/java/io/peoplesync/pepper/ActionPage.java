package io.peoplesync.pepper;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code GET /actions}: {@code {"items": [...], "page": {...}}}. */
@Value.Immutable
@JsonDeserialize(as = ImmutableActionPage.class)
interface ActionPage {
  List<PepperAction> items();

  Optional<PageInfo> page();
}
