package io.peoplesync.testkit.pepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Pepper's wire conventions: instants, the {@code startKey} cursor, the page envelope. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int DEFAULT_LIMIT = 50;

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Wire() {}

  /** Cuts {@code instant} to the milliseconds Pepper's timestamps carry. */
  static Instant millis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Formats like {@code 2021-03-05T02:32:10.218Z}. */
  static String format(Instant instant) {
    return INSTANT.format(instant);
  }

  /** Reads an ISO-8601 instant query parameter; a malformed one is a 422. */
  static Optional<Instant> instantParam(RecordedRequest request, String name) {
    return request
        .queryParam(name)
        .map(
            v -> {
              try {
                return Instant.parse(v);
              } catch (DateTimeParseException e) {
                try {
                  return OffsetDateTime.parse(v).toInstant();
                } catch (DateTimeParseException again) {
                  throw PepperError.validation(name + " must be an ISO-8601 date-time");
                }
              }
            });
  }

  /** Reads {@code limit}: a positive integer, {@value #DEFAULT_LIMIT} when absent. */
  static int limit(RecordedRequest request) {
    String v = request.queryParam("limit").orElse(null);
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(v);
      if (limit > 0) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw PepperError.validation("limit must be a positive integer");
  }

  /** Returns the cursor after the item {@code id}: base64url, unpadded, of {@code {"_id": id}}. */
  static String startKey(String id) {
    ObjectNode key = JSON.createObjectNode().put("_id", id);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the {@code _id} a {@code startKey} query parameter points after; malformed is 422. */
  static Optional<String> startKeyParam(RecordedRequest request) {
    return request
        .queryParam("startKey")
        .map(
            key -> {
              try {
                JsonNode id = JSON.readTree(Base64.getUrlDecoder().decode(key)).path("_id");
                if (id.isTextual()) {
                  return id.asText();
                }
              } catch (IllegalArgumentException | IOException e) {
                // reported below
              }
              throw PepperError.validation("startKey is not valid");
            });
  }

  /**
   * Returns one page in Pepper's envelope, {@code {"items": [...], "page": {"count", "limit",
   * "startKey"}}}, from the items that follow the request's cursor. Like Pepper, the page carries a
   * {@code startKey} (the last item's {@code _id}) whenever it has items, even a short last page.
   * The {@code limit} is the one used: the requested one, cut to {@code cap}.
   */
  static ObjectNode page(List<ObjectNode> remaining, int requested, int cap) {
    int limit = Math.min(requested, cap);
    List<ObjectNode> items = remaining.subList(0, Math.min(limit, remaining.size()));
    ObjectNode body = JSON.createObjectNode();
    body.putArray("items").addAll(items);
    ObjectNode page = body.putObject("page").put("count", items.size()).put("limit", limit);
    if (!items.isEmpty()) {
      page.put("startKey", startKey(items.get(items.size() - 1).path("_id").asText()));
    }
    return body;
  }
}
