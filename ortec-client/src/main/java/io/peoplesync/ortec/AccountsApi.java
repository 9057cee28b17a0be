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
 * <p>Every method returns one {@link ItemResult} per action, in the order given. ORTEC's per-item
 * errors (such as {@code current profile not found}) are data in that result. A batch that fails as
 * a whole, after the retries the client allows, throws a {@link BatchFailedException} whose cause
 * says what happened ({@link io.peoplesync.core.AuthenticationException} for a refused feed or key,
 * {@link io.peoplesync.core.ServerException}, {@link io.peoplesync.core.ApiTransportException},
 * {@link io.peoplesync.core.ApiSerializationException} for an answer that cannot be read or does
 * not have exactly one result per action sent) and whose {@link BatchFailedException#result()
 * result()} holds every action's outcome: earlier batches' answers, the failed batch as not
 * confirmed, later batches as not sent (no batch is started after a failure). The async methods
 * fail their future with the same exception.
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
   * @throws IllegalArgumentException if an element is null; nothing is sent
   * @throws BatchFailedException if a batch failed as a whole; its result has every action's
   *     outcome
   */
  public BatchResult submit(List<AccountAction> actions) {
    return runner.run(actions);
  }

  /** Sends like {@link #submit} without blocking; the future fails as {@link #submit} throws. */
  public CompletableFuture<BatchResult> submitAsync(List<AccountAction> actions) {
    return runner.runAsync(actions);
  }

  /**
   * Upserts {@code accounts}: creates each one or changes it if it exists. Safe to repeat.
   *
   * @throws IllegalArgumentException if an element is null; nothing is sent
   * @throws BatchFailedException if a batch failed as a whole; its result has every action's
   *     outcome
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
   * @throws IllegalArgumentException if an id is null or blank; nothing is sent
   * @throws BatchFailedException if a batch failed as a whole; its result has every action's
   *     outcome
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
