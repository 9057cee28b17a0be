package io.peoplesync.core.spi;

import io.peoplesync.core.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The rule that turns a listing response into a {@link Page} and a cursor into the next call.
 *
 * @param <O> the decoded response type of the listing endpoint
 * @param <T> the item type
 */
public interface Paging<O, T> {
  /** Returns the page that {@code response} holds, given the call that fetched it. */
  Page<T> page(Call<Void> call, O response);

  /** Returns the call that fetches the page {@code cursor} designates. */
  Call<Void> next(Call<Void> call, String cursor);

  /**
   * Returns a cursor rule: the page function reads items and the next cursor; the cursor is sent
   * back as the query parameter {@code cursorParam}.
   */
  static <O, T> Paging<O, T> cursor(String cursorParam, BiFunction<Call<Void>, O, Page<T>> page) {
    Objects.requireNonNull(cursorParam, "cursorParam == null");
    Objects.requireNonNull(page, "page == null");
    return new Paging<O, T>() {
      @Override
      public Page<T> page(Call<Void> call, O response) {
        return page.apply(call, response);
      }

      @Override
      public Call<Void> next(Call<Void> call, String cursor) {
        return call.replaceQuery(cursorParam, cursor);
      }
    };
  }

  /**
   * Returns an offset rule: a page that is as long as the call's {@code limitParam} is followed by
   * one starting at {@code offset + items}; a shorter page is the last. The first call must carry
   * {@code limitParam}.
   */
  static <O, T> Paging<O, T> offset(
      String offsetParam, String limitParam, Function<O, List<T>> items) {
    Objects.requireNonNull(offsetParam, "offsetParam == null");
    Objects.requireNonNull(limitParam, "limitParam == null");
    Objects.requireNonNull(items, "items == null");
    return new Paging<O, T>() {
      @Override
      public Page<T> page(Call<Void> call, O response) {
        List<T> list = items.apply(response);
        int limit =
            Integer.parseInt(
                call.query(limitParam)
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                limitParam + " is required for offset paging")));
        long offset = call.query(offsetParam).map(Long::parseLong).orElse(0L);
        return Page.of(
            list,
            !list.isEmpty() && list.size() >= limit
                ? Optional.of(Long.toString(offset + list.size()))
                : Optional.empty());
      }

      @Override
      public Call<Void> next(Call<Void> call, String cursor) {
        return call.replaceQuery(offsetParam, cursor);
      }
    };
  }
}
