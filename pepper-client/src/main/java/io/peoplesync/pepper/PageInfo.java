package io.peoplesync.pepper;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Pepper's {@code page} object: {@code {"count": 1, "limit": 3, "startKey": "…"}}. */
@Value.Immutable
@JsonDeserialize(as = ImmutablePageInfo.class)
interface PageInfo {
  Optional<Integer> count();

  Optional<Integer> limit();

  /** The opaque cursor of the next page; present even on a short last page. */
  Optional<String> startKey();
}
