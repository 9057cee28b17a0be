package io.peoplesync.publisher;

import io.peoplesync.core.Paging;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import io.peoplesync.core.spi.Validate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Publisher's user operations, each described once, and the calls that feed them. */
final class PublisherEndpoints {
  static final Endpoint<UserEnvelope, SummaryEnvelope> ADD =
      Endpoint.post("publisher.users.add", "/api/2/users")
          .body(UserEnvelope.class)
          .rootName("user")
          .returns(SummaryEnvelope.class);
  static final Endpoint<Void, UserEnvelope> GET =
      Endpoint.get("publisher.users.get", "/api/2/users/{idOrEmail}").returns(UserEnvelope.class);
  static final Endpoint<UserEnvelope, SummaryEnvelope> UPDATE =
      Endpoint.put("publisher.users.update", "/api/2/users/{idOrEmail}")
          .body(UserEnvelope.class)
          .rootName("user")
          .returns(SummaryEnvelope.class);
  static final Endpoint<Void, UserListPage> LIST =
      Endpoint.get("publisher.users.list", "/api/2/users")
          .query(
              "organisations",
              "organisationgroups",
              "usergroups",
              "departments",
              "locations",
              "search",
              "status",
              "sort",
              "fields",
              "createddate",
              "modifieddate",
              "offset",
              "limit")
          .returns(UserListPage.class);
  static final Endpoint<Void, SummaryEnvelope> ARCHIVE =
      Endpoint.delete("publisher.users.archive", "/api/3/users/{id}")
          .returns(SummaryEnvelope.class);

  static final Paging<UserListPage, UserSummary> OFFSET =
      Paging.offset("offset", page -> Paging.Report.of(page.users(), Optional.empty()));

  private PublisherEndpoints() {}

  static Call<UserEnvelope> add(PublisherUser user) {
    return Call.body(new UserEnvelope(PublisherRules.sendable(user, false)));
  }

  /**
   * Returns the update call. Publisher expects the id in the body of a full replace: taken from the
   * path when the user has none, required when the path is an e-mail address.
   */
  static Call<UserEnvelope> update(String idOrEmail, PublisherUser user) {
    Call<Void> call = Call.path("idOrEmail", Validate.notBlank("idOrEmail", idOrEmail));
    Objects.requireNonNull(user, "user == null");
    boolean byEmail = idOrEmail.contains("@");
    PublisherUser body = user;
    if (user.id().isEmpty()) {
      Validate.check(!byEmail, "id", "is required in the user when updating by e-mail");
      body = PublisherUser.builder().from(user).id(idOrEmail).build();
    } else if (!byEmail) {
      Validate.check(user.id().get().equals(idOrEmail), "id", "must match idOrEmail");
    }
    return call.withBody(new UserEnvelope(PublisherRules.sendable(body, true)));
  }

  static Call<Void> list(UserListQuery q) {
    Objects.requireNonNull(q, "query == null");
    return Call.empty()
        .withQuery("organisations", joined(q.organisations()))
        .withQuery("organisationgroups", joined(q.organisationGroups()))
        .withQuery("usergroups", joined(q.userGroups()))
        .withQuery("departments", joined(q.departments()))
        .withQuery("locations", joined(q.locations()))
        .withQuery("search", q.search())
        .withQuery("status", q.status().map(UserStatus::wireName))
        .withQuery("sort", q.sort())
        .withQuery("fields", joined(q.fields()))
        .withQuery("createddate", q.createdDate().map(DateFilter::value))
        .withQuery("modifieddate", q.modifiedDate().map(DateFilter::value))
        .withQuery("offset", Integer.toString(q.offset()))
        .withQuery("limit", Integer.toString(q.limit()));
  }

  private static Optional<String> joined(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
  }
}
