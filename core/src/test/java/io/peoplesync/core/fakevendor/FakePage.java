package io.peoplesync.core.fakevendor;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.peoplesync.core.Paging;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A fake vendor's listing envelope: {@code {"items": [...], "next": "cursor", "page_size": 2}},
 * {@code page_size} being the size the server says it used.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFakePage.class)
interface FakePage {
  List<FakeUser> items();

  Optional<String> next();

  @JsonProperty("page_size")
  Optional<Integer> pageSize();

  /** What the page tells the paging rule (static, so Immutables does not see an attribute). */
  static Paging.Report<FakeUser> report(FakePage page) {
    return Paging.Report.of(
        page.items(),
        page.next(),
        page.pageSize().map(OptionalInt::of).orElseGet(OptionalInt::empty));
  }
}
