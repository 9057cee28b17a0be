package io.peoplesync.core;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing that fetches its pages lazily, one request per page, only when iteration reaches it.
 *
 * <p>Only one page is held in memory at a time, however long the listing. Every new iteration
 * starts again from the first page (re-using the first page when it was fetched ahead, as by the
 * {@code …Async} list methods). Iteration is blocking: each page fetch may throw any {@link
 * ApiException}.
 *
 * <pre>{@code
 * for (PepperUser user : pepper.users().list(query)) { ... }          // item by item
 * pepper.users().list(query).stream().filter(...).limit(10)...        // stops fetching early
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
  /** Fetches one page; {@code cursor} is empty for the first page. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /** Returns the page that {@code cursor} designates. */
    Page<T> fetch(Optional<String> cursor);
  }

  private final PageFetcher<T> fetcher;
  private final Page<T> firstPage;

  private Paged(PageFetcher<T> fetcher, Page<T> firstPage) {
    this.fetcher = fetcher;
    this.firstPage = firstPage;
  }

  /** Returns a listing that fetches every page, the first included, on demand. */
  public static <T> Paged<T> of(PageFetcher<T> fetcher) {
    return new Paged<>(Objects.requireNonNull(fetcher, "fetcher == null"), null);
  }

  /** Returns a listing whose first page is already known; later pages are fetched on demand. */
  public static <T> Paged<T> startingWith(Page<T> firstPage, PageFetcher<T> fetcher) {
    return new Paged<>(
        Objects.requireNonNull(fetcher, "fetcher == null"),
        Objects.requireNonNull(firstPage, "firstPage == null"));
  }

  /** Returns the pages, fetched one by one as the iteration advances. */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /** Returns the items of every page as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private final PageIterator pages = new PageIterator();
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private Page<T> previous;
    private boolean started;

    @Override
    public boolean hasNext() {
      return !started || previous.nextCursor().isPresent();
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page;
      if (!started) {
        page = firstPage != null ? firstPage : fetcher.fetch(Optional.empty());
        started = true;
      } else {
        page = fetcher.fetch(previous.nextCursor());
      }
      previous = page;
      return page;
    }
  }
}
