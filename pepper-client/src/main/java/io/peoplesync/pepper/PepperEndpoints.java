package io.peoplesync.pepper;

import io.peoplesync.core.Page;
import io.peoplesync.core.http.Call;
import io.peoplesync.core.http.Endpoint;
import io.peoplesync.core.http.Paging;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every Pepper operation, described once, and how its inputs become a call. */
final class PepperEndpoints {
  static final String START_KEY = "startKey";
  static final String LIMIT = "limit";

  static final Endpoint<Void, UserPage> USERS_LIST =
      Endpoint.get("pepper.users.list", "/users")
          .query("include", "updatedAfter", "credentialId", LIMIT, START_KEY)
          .returns(UserPage.class);
  static final Endpoint<NewPepperUser, PepperUser> USERS_CREATE =
      Endpoint.post("pepper.users.create", "/users")
          .query("autoActivate")
          .body(NewPepperUser.class)
          .returns(PepperUser.class);
  static final Endpoint<PepperUserUpdate, PepperUser> USERS_UPDATE =
      Endpoint.put("pepper.users.update", "/users/{userId}")
          .body(PepperUserUpdate.class)
          .returns(PepperUser.class);
  static final Endpoint<Void, Void> USERS_DELETE =
      Endpoint.delete("pepper.users.delete", "/users/{userId}").returnsNothing();
  static final Endpoint<Void, ActionPage> ACTIONS_LIST =
      Endpoint.get("pepper.actions.list", "/actions")
          .query("when.timestamp.gt", "when.timestamp.lte", "type", LIMIT, START_KEY)
          .returns(ActionPage.class);

  static final Paging<UserPage, PepperUser> USER_PAGING =
      Paging.cursor(START_KEY, (call, page) -> page(call, page.items(), page.page()));
  static final Paging<ActionPage, PepperAction> ACTION_PAGING =
      Paging.cursor(START_KEY, (call, page) -> page(call, page.items(), page.page()));

  private PepperEndpoints() {}

  /**
   * Applies Pepper's end-of-listing rule. The cursor is followed unless the page is empty, carries
   * no {@code startKey}, or is shorter than the page size Pepper reports ({@code page.limit}):
   * Pepper sends a {@code startKey} even on a short last page. The {@code limit} the call asked for
   * is not used: Pepper may cap it, and a capped page is full, not last. A cursor equal to the one
   * just sent also ends the listing, so a server that repeats itself cannot loop forever.
   */
  static <T> Page<T> page(Call<Void> call, List<T> items, Optional<PageInfo> info) {
    Optional<String> next = info.flatMap(PageInfo::startKey).filter(k -> !k.isBlank());
    Optional<Integer> reported = info.flatMap(PageInfo::limit);
    boolean last =
        items.isEmpty()
            || next.isEmpty()
            || reported.filter(l -> items.size() < l).isPresent()
            || next.equals(call.query(START_KEY));
    return last ? Page.last(items) : Page.of(items, next);
  }

  static Call<Void> call(UserQuery q) {
    Call<Void> call = Call.empty();
    if (!q.include().isEmpty()) {
      call = call.withQuery("include", String.join(",", q.include()));
    }
    return call.withQuery("updatedAfter", q.updatedAfter().map(WireFormat::instant))
        .withQuery("credentialId", q.credentialId())
        .withQuery(LIMIT, q.limit());
  }

  static Call<Void> call(ActionQuery q) {
    Call<Void> call =
        Call.empty()
            .withQuery("when.timestamp.gt", q.after().map(WireFormat::instant))
            .withQuery("when.timestamp.lte", q.upTo().map(WireFormat::instant));
    if (!q.types().isEmpty()) {
      call =
          call.withQuery(
              "type", q.types().stream().map(ActionType::name).collect(Collectors.joining(",")));
    }
    return call.withQuery(LIMIT, q.limit());
  }

  static Call<NewPepperUser> call(NewPepperUser user) {
    Call<NewPepperUser> call = Call.body(user);
    return user.autoActivate() ? call.withQuery("autoActivate", "true") : call;
  }

  static Call<PepperUserUpdate> call(String userId, PepperUserUpdate update) {
    return Call.path("userId", userId).withBody(update);
  }
}
