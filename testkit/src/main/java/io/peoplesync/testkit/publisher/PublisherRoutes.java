package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;
import io.peoplesync.testkit.RecordedRequest;
import java.util.List;

/**
 * Publisher's user endpoints, after authentication: which call a method and path are, and the
 * answer each gives in the format asked for.
 */
final class PublisherRoutes {
  private PublisherRoutes() {}

  /**
   * Answers an authenticated request.
   *
   * @throws PublisherRejection for any refusal, rendered by the caller
   */
  static FakeResponse route(
      FakePublisher fake,
      PublisherUsers users,
      RecordedRequest request,
      List<String> path,
      boolean xml) {
    String method = request.method();
    if (path.size() >= 3 && path.get(0).equals("api") && path.get(2).equals("users")) {
      String version = path.get(1);
      if (version.equals("2") && path.size() == 3) {
        if (method.equals("POST")) {
          return summary(fake, xml, users.add(body(request)));
        }
        if (method.equals("GET")) {
          return list(fake, users, request, xml);
        }
        throw notAllowed();
      }
      if (version.equals("2") && path.size() == 4) {
        String idOrEmail = path.get(3);
        if (method.equals("GET")) {
          ObjectNode user =
              users
                  .find(idOrEmail)
                  .orElseThrow(
                      () -> new PublisherRejection(404, 108, "The requested user does not exist"));
          return get(xml, user);
        }
        if (method.equals("PUT")) {
          return summary(fake, xml, users.replace(idOrEmail, body(request)));
        }
        throw notAllowed();
      }
      if (version.equals("3") && path.size() == 4) {
        if (method.equals("DELETE")) {
          return summary(fake, xml, users.archive(path.get(3)));
        }
        throw notAllowed();
      }
    }
    throw new PublisherRejection(404, null, "The requested resource does not exist");
  }

  private static JsonNode body(RecordedRequest request) {
    JsonNode body = PublisherFormat.readBody(request);
    JsonNode user = body == null ? null : PublisherShapes.unwrap(body);
    if (user == null || !user.isObject() || user.isEmpty()) {
      throw PublisherRejection.badRequest(74, "Request parameters are missing");
    }
    return user;
  }

  /** JSON {@code {"user": {...}}}; XML the {@code <users><user>} shape of Publisher's model. */
  private static FakeResponse get(boolean xml, ObjectNode user) {
    ObjectNode full = PublisherShapes.full(user, xml);
    if (!xml) {
      return PublisherFormat.ok(false, "user", full);
    }
    ObjectNode list = PublisherFormat.JSON.createObjectNode();
    list.set("user", full);
    return PublisherFormat.ok(true, "users", list);
  }

  private static FakeResponse summary(FakePublisher fake, boolean xml, ObjectNode user) {
    return PublisherFormat.ok(xml, "user", PublisherShapes.summary(user, fake.linkOf(user)));
  }

  /**
   * JSON {@code {"users": {"user": [...]}}} (one user as an object, as Publisher's JSON mapping
   * writes a single element), XML {@code <users><user>…</user></users>}; {@code fields=all} lists
   * full users instead of summaries.
   */
  private static FakeResponse list(
      FakePublisher fake, PublisherUsers users, RecordedRequest request, boolean xml) {
    boolean all = request.queryParam("fields").orElse("").trim().equalsIgnoreCase("all");
    ObjectNode content = PublisherFormat.JSON.createObjectNode();
    List<ObjectNode> page = PublisherListing.page(users, request, fake.pageCap());
    for (ObjectNode user : page) {
      ObjectNode item =
          all
              ? PublisherShapes.full(user, xml)
              : PublisherShapes.listItem(user, xml, fake.linkOf(user));
      if (page.size() == 1 && !xml) {
        content.set("user", item);
      } else {
        content.withArrayProperty("user").add(item);
      }
    }
    return PublisherFormat.ok(xml, "users", content);
  }

  private static PublisherRejection notAllowed() {
    return new PublisherRejection(405, null, "Method not allowed");
  }
}
