package io.peoplesync.pepper;

import static io.peoplesync.pepper.PepperEndpoints.ACTIONS_LIST;
import static io.peoplesync.pepper.PepperEndpoints.ACTION_PAGING;
import static io.peoplesync.pepper.PepperEndpoints.call;

import io.peoplesync.core.Paged;
import io.peoplesync.core.spi.ApiClient;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Pepper's action feed ({@code GET /actions}): what happened, when, to which user. Pepper's
 * preferred way to follow user changes; poll it every five minutes, or more often when a window
 * takes several pages.
 */
public class ActionsApi {
  private final ApiClient api;

  ActionsApi(ApiClient api) {
    this.api = api;
  }

  /**
   * Lists the actions of one window lazily, one request per page, following the {@code startKey}
   * cursor like the user listing. The order is Pepper's; {@link ActionPoller} sorts by time.
   */
  public Paged<PepperAction> list(ActionQuery query) {
    return api.paged(ACTIONS_LIST, call(query), ACTION_PAGING);
  }

  /** Lists actions like {@link #list}, fetching the first page without blocking. */
  public CompletableFuture<Paged<PepperAction>> listAsync(ActionQuery query) {
    return api.pagedAsync(ACTIONS_LIST, call(query), ACTION_PAGING);
  }

  /**
   * Returns a poller over the actions of the given kinds (every kind when empty) that keeps its
   * position in {@code checkpoint}, with the default safety lag, overlap, window length and skip
   * rule, and this client's clock; the {@code with…} methods of the poller change them.
   *
   * @throws IllegalArgumentException if {@code types} contains {@link ActionType#UNKNOWN}
   */
  public ActionPoller poller(Checkpoint checkpoint, Collection<ActionType> types) {
    Set<ActionType> kinds = ActionQuery.builder().types(types).build().types();
    return new ActionPoller(
        this, api.options().clock(), checkpoint, kinds, PollerSettings.DEFAULTS);
  }
}
