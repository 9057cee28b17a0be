package io.peoplesync.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items and, unless it is the last page, the cursor of the next one.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextCursor;

  private Page(List<T> items, String nextCursor) {
    this.items = List.copyOf(items);
    this.nextCursor = nextCursor;
  }

  /** Returns a page; {@code nextCursor} empty marks the last page. */
  public static <T> Page<T> of(List<T> items, Optional<String> nextCursor) {
    Objects.requireNonNull(items, "items == null");
    return new Page<>(items, nextCursor.orElse(null));
  }

  /** Returns the last page of a listing. */
  public static <T> Page<T> last(List<T> items) {
    return of(items, Optional.empty());
  }

  /** Returns the items of this page, in the vendor's order. */
  public List<T> items() {
    return items;
  }

  /** Returns the cursor that fetches the next page; empty on the last page. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNext=" + (nextCursor != null) + "}";
  }
}
