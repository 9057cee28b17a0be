package io.peoplesync.spencer;

import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.Call;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The news endpoints: list publications, list those of one user list (a digital-signage screen),
 * and create drafts. Each {@code …Async} method fails its future with what the blocking one throws.
 */
public class NewsApi {
  private final ApiClient api;

  NewsApi(ApiClient api) {
    this.api = api;
  }

  /** Returns the publications matching {@code query}, in Spencer's order. */
  public List<NewsPublication> publications(NewsQuery query) {
    return api.execute(SpencerEndpoints.PUBLICATIONS, call(query)).items();
  }

  /** Returns the matching publications without blocking; see {@link #publications}. */
  public CompletableFuture<List<NewsPublication>> publicationsAsync(NewsQuery query) {
    return api.executeAsync(SpencerEndpoints.PUBLICATIONS, call(query))
        .thenApply(PublicationList::items);
  }

  /**
   * Returns the publications shown to the user list {@code userListId} (the list's UUID from the
   * Spencer back office; must not be blank).
   *
   * @throws io.peoplesync.core.NotFoundException if there is no such user list
   */
  public List<NewsPublication> publicationsForUserList(String userListId) {
    return api.execute(SpencerEndpoints.USER_LIST_PUBLICATIONS, userList(userListId)).items();
  }

  /** Returns a user list's publications without blocking; see {@link #publicationsForUserList}. */
  public CompletableFuture<List<NewsPublication>> publicationsForUserListAsync(String userListId) {
    return api.executeAsync(SpencerEndpoints.USER_LIST_PUBLICATIONS, userList(userListId))
        .thenApply(PublicationList::items);
  }

  /**
   * Saves {@code draft} as a news draft and returns it with Spencer's id; when Spencer answers
   * without a body, the draft as sent (so without an id). Spencer's own fields ({@code id}, {@code
   * status}, timestamps) are not sent. Not idempotent.
   *
   * @throws IllegalArgumentException if {@code draft} breaks a rule listed on {@link NewsDraft};
   *     nothing was sent
   * @throws io.peoplesync.core.BadRequestException if Spencer rejects a field
   */
  public NewsDraft createDraft(NewsDraft draft) {
    NewsDraft sent = SpencerWrites.draft(draft);
    return api.execute(SpencerEndpoints.CREATE_DRAFT, Call.body(sent)).orElse(sent);
  }

  /**
   * Saves a news draft without blocking; see {@link #createDraft}. A rule broken throws at once.
   */
  public CompletableFuture<NewsDraft> createDraftAsync(NewsDraft draft) {
    NewsDraft sent = SpencerWrites.draft(draft);
    return api.executeAsync(SpencerEndpoints.CREATE_DRAFT, Call.body(sent))
        .thenApply(answer -> answer.orElse(sent));
  }

  private static Call<Void> call(NewsQuery query) {
    return Call.empty()
        .withQuery("published_after", query.publishedAfter())
        .withQuery("published_before", query.publishedBefore())
        .withQuery("limit", query.limit())
        .withQuery("offset", query.offset());
  }

  private static Call<Void> userList(String userListId) {
    return Call.path("userListId", userListId);
  }
}
