package io.peoplesync.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The rule that turns a listing response into a {@link Page}, and names the query parameter that
 * carries a cursor to the next call. Vendor modules define one per listing; the client that runs it
 * lives in the SPI.
 *
 * <p>Depends only on functional types, so it lives here, with {@link Page} and {@link Paged}: the
 * query of the call that fetched a page is handed over as a lookup, {@code name -> value}.
 *
 * <p>A vendor module only says what a response holds ({@link Report}: the items, the server's next
 * cursor, the page size the server reports); when the listing ends is decided here, once, so no
 * vendor can end one early. A listing ends only on the server's word: no next cursor, an empty
 * page, a cursor equal to the one just sent, or a page shorter than the page size the
 * <em>server</em> reports. The page size a caller asked for is never used: a server may cap it.
 *
 * @param <O> the decoded response type of the listing endpoint
 * @param <T> the item type
 */
public interface Paging<O, T> {
  /**
   * Returns the page that {@code response} holds, given the query of the call that fetched it
   * ({@code query.apply(name)} is that call's first value of parameter {@code name}).
   */
  Page<T> page(Function<String, Optional<String>> query, O response);

  /** Returns the query parameter the next page's cursor is sent as (replacing any value). */
  String cursorParam();

  /**
   * Returns a cursor rule: {@code read} reports what a response holds; the next cursor is sent back
   * as the query parameter {@code cursorParam}.
   */
  static <O, T> Paging<O, T> cursor(String cursorParam, Function<O, Report<T>> read) {
    Objects.requireNonNull(cursorParam, "cursorParam == null");
    Objects.requireNonNull(read, "read == null");
    return new Paging<O, T>() {
      @Override
      public Page<T> page(Function<String, Optional<String>> query, O response) {
        Report<T> report = Objects.requireNonNull(read.apply(response), "report == null");
        Optional<String> next = report.nextCursor();
        boolean last =
            report.endsListing() || next.isEmpty() || next.equals(query.apply(cursorParam));
        return last ? Page.last(report.items()) : Page.of(report.items(), next);
      }

      @Override
      public String cursorParam() {
        return cursorParam;
      }
    };
  }

  /**
   * Returns an offset rule: a page is followed by one starting at {@code offset + items}, until an
   * empty page or a page shorter than the size the server reports. Without a reported size this
   * costs one request for the empty page at the end, which is the price of not trusting the limit a
   * caller asked for. The report's next cursor is ignored.
   */
  static <O, T> Paging<O, T> offset(String offsetParam, Function<O, Report<T>> read) {
    Objects.requireNonNull(offsetParam, "offsetParam == null");
    Objects.requireNonNull(read, "read == null");
    return new Paging<O, T>() {
      @Override
      public Page<T> page(Function<String, Optional<String>> query, O response) {
        Report<T> report = Objects.requireNonNull(read.apply(response), "report == null");
        if (report.endsListing()) {
          return Page.last(report.items());
        }
        long offset = query.apply(offsetParam).map(Long::parseLong).orElse(0L);
        return Page.of(report.items(), Optional.of(Long.toString(offset + report.items().size())));
      }

      @Override
      public String cursorParam() {
        return offsetParam;
      }
    };
  }

  /**
   * What one listing response says: its items, the server's cursor for the next page, and the page
   * size the server reports (its own, possibly capped, page size — never the requested one).
   *
   * @param <T> the item type
   */
  final class Report<T> {
    private final List<T> items;
    private final Optional<String> nextCursor;
    private final OptionalInt serverPageSize;

    private Report(List<T> items, Optional<String> nextCursor, OptionalInt serverPageSize) {
      this.items = Objects.requireNonNull(items, "items == null");
      this.nextCursor =
          Objects.requireNonNull(nextCursor, "nextCursor == null").filter(c -> !c.isBlank());
      this.serverPageSize = Objects.requireNonNull(serverPageSize, "serverPageSize == null");
    }

    /**
     * Returns a report. A blank cursor counts as none; {@code serverPageSize} is the page size the
     * server says it used, empty when the response does not say.
     */
    public static <T> Report<T> of(
        List<T> items, Optional<String> nextCursor, OptionalInt serverPageSize) {
      return new Report<>(items, nextCursor, serverPageSize);
    }

    /** Returns a report of a response that carries no page size of its own. */
    public static <T> Report<T> of(List<T> items, Optional<String> nextCursor) {
      return new Report<>(items, nextCursor, OptionalInt.empty());
    }

    /** Returns the items, in the server's order. */
    public List<T> items() {
      return items;
    }

    /** Returns the server's cursor for the next page; empty when it sent none. */
    public Optional<String> nextCursor() {
      return nextCursor;
    }

    /** Returns the page size the server reports, if it reports one. */
    public OptionalInt serverPageSize() {
      return serverPageSize;
    }

    boolean endsListing() {
      return items.isEmpty()
          || (serverPageSize.isPresent() && items.size() < serverPageSize.getAsInt());
    }
  }
}
