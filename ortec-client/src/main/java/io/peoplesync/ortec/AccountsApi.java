package io.peoplesync.ortec;

import io.peoplesync.core.spi.Validate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends account actions to ORTEC's {@code POST /accounts}, split into batches.
 *
 * <p>Every method returns one {@link ItemResult} per action, in the order given, and never throws
 * for a failed batch: a batch that fails as a whole (after the retries the client allows) is listed
 * in {@link BatchResult#batchFailures()} and its actions are reported as not confirmed, while the
 * other batches' results are kept. Later batches are still sent, except after a 401/403 or 404,
 * which every batch would get too: those are reported as not sent. A response that does not have
 * exactly one result per action sent is such a failure, with an {@link
 * io.peoplesync.core.ApiSerializationException} that names the batch.
 *
 * <p>Batches of only upserts and deletes are repeated after a transient failure; a batch holding an
 * insert or update is not repeated once it may have reached ORTEC. Inputs are checked before
 * anything is sent: an {@link IllegalArgumentException} means no request was made.
 */
public class AccountsApi {
  private final BatchRunner runner;

  AccountsApi(BatchRunner runner) {
    this.runner = runner;
  }

  /**
   * Sends {@code actions} in batches of the client's batch size (1000 by default) and returns their
   * results in the same order. An empty list sends nothing.
   *
   * @throws IllegalArgumentException if an element is null
   */
  public BatchResult submit(List<AccountAction> actions) {
    return runner.run(actions);
  }

  /** Sends like {@link #submit} without blocking. */
  public CompletableFuture<BatchResult> submitAsync(List<AccountAction> actions) {
    return runner.runAsync(actions);
  }

  /**
   * Upserts {@code accounts}: creates each one or changes it if it exists. Safe to repeat.
   *
   * @throws IllegalArgumentException if an element is null
   */
  public BatchResult upsert(Collection<OrtecAccount> accounts) {
    return submit(each("accounts", accounts, AccountAction::upsert));
  }

  /** Upserts like {@link #upsert} without blocking. */
  public CompletableFuture<BatchResult> upsertAsync(Collection<OrtecAccount> accounts) {
    return submitAsync(each("accounts", accounts, AccountAction::upsert));
  }

  /**
   * Deletes the accounts with {@code ids}. Safe to repeat, but a repeat may report the vendor's
   * not-found error for accounts the first attempt removed.
   *
   * @throws IllegalArgumentException if an id is null or blank
   */
  public BatchResult delete(Collection<String> ids) {
    return submit(each("ids", ids, AccountAction::delete));
  }

  /** Deletes like {@link #delete} without blocking. */
  public CompletableFuture<BatchResult> deleteAsync(Collection<String> ids) {
    return submitAsync(each("ids", ids, AccountAction::delete));
  }

  private static <T> List<AccountAction> each(
      String name, Collection<T> items, Function<T, AccountAction> action) {
    Objects.requireNonNull(items, name + " == null");
    List<AccountAction> actions = new ArrayList<>(items.size());
    int i = 0;
    for (T item : items) {
      String field = name + "[" + i++ + "]";
      if (item == null) {
        throw new IllegalArgumentException(field + " must not be null");
      }
      if (item instanceof String) {
        Validate.notBlank(field, (String) item);
      }
      actions.add(action.apply(item));
    }
    return actions;
  }
}
