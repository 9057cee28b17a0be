package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.RecordedRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The user listing's query: filters {@code status} (ref 80 for a value Publisher does not accept),
 * {@code search} (first name, last name, e-mail), {@code departments}, {@code organisations} (name
 * or id) and {@code locations} (city or country); {@code sort} ({@code +field} or {@code -field},
 * ref 79); {@code offset} (ref 106) and {@code limit} (ref 107, 200 by default, cut to the fake's
 * cap without saying so: the answer carries no page size). Group and date filters are accepted and
 * ignored. Without a status filter every user is listed, archived ones too.
 */
final class PublisherListing {
  private static final Map<String, Set<String>> STATUS_FILTERS =
      Map.of(
          "active", Set.of("active"),
          "1", Set.of("active"),
          "archive", Set.of("archived"),
          "2", Set.of("archived"),
          "disable", Set.of("disabled", "inactive"),
          "0", Set.of("disabled", "inactive"),
          "suspended", Set.of("suspended"),
          "3", Set.of("suspended"),
          "pending", Set.of("pending"));
  private static final Set<String> SORT_FIELDS =
      Set.of(
          "firstname",
          "lastname",
          "email",
          "status",
          "organisation",
          "invited",
          "last login",
          "lastlogin",
          "created",
          "updated");

  private PublisherListing() {}

  /**
   * Returns the page of {@code users} the request asks for.
   *
   * @throws PublisherRejection (400) for a query value Publisher refuses
   */
  static List<ObjectNode> page(PublisherUsers users, RecordedRequest request, int cap) {
    int offset = number(request, "offset", 0, 0, 106);
    int limit = Math.min(cap, number(request, "limit", 200, 1, 107));
    Predicate<ObjectNode> filter = filter(request);
    Comparator<ObjectNode> order = order(users, request);
    return users.all().stream()
        .filter(filter)
        .sorted(order)
        .skip(offset)
        .limit(limit)
        .collect(Collectors.toList());
  }

  private static int number(RecordedRequest request, String name, int fallback, int min, int ref) {
    String value = request.queryParam(name).orElse("").trim();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw PublisherRejection.badRequest(ref, "Invalid parameter: " + name);
  }

  private static Predicate<ObjectNode> filter(RecordedRequest request) {
    Predicate<ObjectNode> all = u -> true;
    String status = request.queryParam("status").orElse("").trim().toLowerCase(Locale.ROOT);
    if (!status.isEmpty()) {
      Set<String> accepted = STATUS_FILTERS.get(status);
      if (accepted == null) {
        throw PublisherRejection.badRequest(80, "Invalid parameter: status");
      }
      all = all.and(u -> accepted.contains(u.path("status").asText()));
    }
    String search = request.queryParam("search").orElse("").trim().toLowerCase(Locale.ROOT);
    if (!search.isEmpty()) {
      all =
          all.and(
              u ->
                  contains(u.path("name").path("firstname"), search)
                      || contains(u.path("name").path("lastname"), search)
                      || contains(u.path("email"), search));
    }
    all = all.and(anyOf(request, "departments", u -> List.of(u.path("department"))));
    all =
        all.and(
            anyOf(
                request,
                "organisations",
                u ->
                    List.of(
                        u.path("organisation").path("orgname"),
                        u.path("organisation").path("orgid"))));
    return all.and(
        anyOf(
            request,
            "locations",
            u -> List.of(u.path("location").path("city"), u.path("location").path("country"))));
  }

  private static Predicate<ObjectNode> anyOf(
      RecordedRequest request, String name, Function<ObjectNode, List<JsonNode>> fields) {
    String raw = request.queryParam(name).orElse("").trim();
    if (raw.isEmpty()) {
      return u -> true;
    }
    Set<String> wanted =
        Arrays.stream(raw.split(","))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    return u ->
        fields.apply(u).stream()
            .anyMatch(f -> wanted.contains(f.asText().trim().toLowerCase(Locale.ROOT)));
  }

  private static boolean contains(JsonNode field, String search) {
    return field.asText().toLowerCase(Locale.ROOT).contains(search);
  }

  private static Comparator<ObjectNode> order(PublisherUsers users, RecordedRequest request) {
    Comparator<ObjectNode> byId = Comparator.comparingLong(u -> u.get("id").asLong());
    String raw = request.queryParam("sort").orElse("");
    String sort = raw.startsWith(" ") ? "+" + raw.trim() : raw.trim();
    if (sort.isEmpty()) {
      return byId;
    }
    String field = sort.substring(1).toLowerCase(Locale.ROOT);
    if (!(sort.startsWith("+") || sort.startsWith("-")) || !SORT_FIELDS.contains(field)) {
      throw PublisherRejection.badRequest(79, "Invalid parameter: sort");
    }
    Comparator<ObjectNode> order = key(users, field);
    return (sort.startsWith("-") ? order.reversed() : order).thenComparing(byId);
  }

  private static Comparator<ObjectNode> key(PublisherUsers users, String field) {
    switch (field) {
      case "firstname":
      case "lastname":
        return Comparator.comparing(u -> lower(u.path("name").path(field)));
      case "email":
      case "status":
        return Comparator.comparing(u -> lower(u.path(field)));
      case "organisation":
        return Comparator.comparing(u -> lower(u.path("organisation").path("orgname")));
      case "updated":
        return Comparator.comparingLong(users::changedAt);
      default:
        return Comparator.comparingLong(u -> u.get("id").asLong());
    }
  }

  private static String lower(JsonNode node) {
    return node.asText("").toLowerCase(Locale.ROOT);
  }
}
