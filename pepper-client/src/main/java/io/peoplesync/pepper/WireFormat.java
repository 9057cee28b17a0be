package io.peoplesync.pepper;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How Pepper writes instants in query strings and how loosely it types flags. */
final class WireFormat {
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private WireFormat() {}

  /** Formats like {@code 2021-02-01T10:00:00.000Z}: UTC, always milliseconds (cut, not rounded). */
  static String instant(Instant instant) {
    return INSTANT.format(instant);
  }

  /** Reads a text field; numbers are read as text, null and objects as absent. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** Reads a flag sent as a boolean or as the string {@code "true"}/{@code "false"}. */
  static Optional<Boolean> flag(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual()
        && ("true".equalsIgnoreCase(v.asText()) || "false".equalsIgnoreCase(v.asText()))) {
      return Optional.of(Boolean.parseBoolean(v.asText()));
    }
    return Optional.empty();
  }
}
