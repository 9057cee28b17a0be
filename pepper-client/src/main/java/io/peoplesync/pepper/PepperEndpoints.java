package io.peoplesync.pepper;

import io.peoplesync.core.Paging;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
      Paging.cursor(START_KEY, page -> report(page.items(), page.page()));
  static final Paging<ActionPage, PepperAction> ACTION_PAGING =
      Paging.cursor(START_KEY, page -> report(page.items(), page.page()));

  private PepperEndpoints() {}

  /**
   * Reports what a Pepper page says. The page size is the {@code limit} Pepper reports in its
   * {@code page} object, never the one the caller asked for: Pepper may cap it, and a page as long
   * as the cap is followed even though it is shorter than the requested limit. Pepper sends a
   * {@code startKey} even on a short last page; the core's rule ends there without a request.
   */
  static <T> Paging.Report<T> report(List<T> items, Optional<PageInfo> info) {
    return Paging.Report.of(
        items,
        info.flatMap(PageInfo::startKey),
        info.flatMap(PageInfo::limit).map(OptionalInt::of).orElseGet(OptionalInt::empty));
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
