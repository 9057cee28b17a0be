package io.peoplesync.core.fakevendor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.peoplesync.core.PeoplesyncStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A fake vendor's listing envelope: {@code {"items": [...], "next": "cursor"}}. */
@Value.Immutable
@PeoplesyncStyle
@JsonDeserialize(as = ImmutableFakePage.class)
interface FakePage {
  List<FakeUser> items();

  Optional<String> next();
}
