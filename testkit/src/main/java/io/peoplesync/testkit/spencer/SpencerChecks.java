package io.peoplesync.testkit.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.testkit.FakeResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the field errors of one request against Spencer's general rules (strings are
 * varchar(255), the external id 256; every translatable text needs {@code en-US}) and turns them
 * into the 400 answer.
 */
final class SpencerChecks {
  static final int MAX_TEXT = 255;
  static final int MAX_EXTERNAL_ID = 256;
  static final int UNLIMITED = Integer.MAX_VALUE;
  static final String REQUIRED_LOCALE = "en-US";

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  void add(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }

  boolean ok() {
    return errors.isEmpty();
  }

  FakeResponse badRequest() {
    return SpencerReplies.badRequest(errors);
  }

  /** Checks a required, non-blank string id of at most {@code max} characters. */
  void id(String field, JsonNode value, int max) {
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      add(field, "is required");
    } else {
      length(field, value.asText(), max);
    }
  }

  /** Checks an optional string of at most {@code max} characters; null means absent. */
  void text(String field, JsonNode value, int max) {
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isTextual()) {
      add(field, "must be a string");
    } else {
      length(field, value.asText(), max);
    }
  }

  /** Refuses every field of {@code names} that {@code body} carries: Spencer sets those itself. */
  void serverOnly(JsonNode body, Collection<String> names) {
    for (String name : names) {
      if (body.has(name)) {
        add(name, "is set by Spencer and cannot be written");
      }
    }
  }

  /** Checks a list of string ids, each non-blank and at most 255 characters. */
  void ids(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isArray()) {
      add(field, "must be an array of strings");
      return;
    }
    for (JsonNode item : value) {
      id(field, item, MAX_TEXT);
    }
  }

  /** Checks an optional ISO-8601 instant. */
  void instant(String field, JsonNode value) {
    if (value == null || value.isNull()) {
      return;
    }
    try {
      Instant.parse(value.asText());
    } catch (DateTimeParseException e) {
      add(field, "must be an ISO-8601 instant");
    }
  }

  /**
   * Checks a translatable text written as {@code [{"locale": ..., "<textKey>": ...}]}: when it has
   * any entry (or is {@code required}) it must have {@code en-US}; texts are at most {@code max}.
   */
  void translations(String field, JsonNode value, String textKey, boolean required, int max) {
    boolean absent = value == null || value.isNull() || (value.isArray() && value.isEmpty());
    if (absent) {
      if (required) {
        add(field, "is required, with an en-US entry");
      }
      return;
    }
    if (!value.isArray()) {
      add(field, "must be an array of {\"locale\", \"" + textKey + "\"} objects");
      return;
    }
    Set<String> locales = new HashSet<>();
    for (JsonNode item : value) {
      JsonNode locale = item.path("locale");
      JsonNode text = item.path(textKey);
      if (!locale.isTextual() || locale.asText().isBlank() || !text.isTextual()) {
        add(field, "every entry needs a \"locale\" and a \"" + textKey + "\" string");
        continue;
      }
      if (!locales.add(locale.asText())) {
        add(field, "locale " + locale.asText() + " is given twice");
      }
      length(field + "[" + locale.asText() + "]", text.asText(), max);
    }
    if (!locales.contains(REQUIRED_LOCALE)) {
      add(field, REQUIRED_LOCALE + " is required");
    }
    for (JsonNode item : value) {
      if (REQUIRED_LOCALE.equals(item.path("locale").asText())
          && item.path(textKey).asText().isBlank()) {
        add(field, REQUIRED_LOCALE + " must not be blank");
      }
    }
  }

  private void length(String field, String text, int max) {
    if (text.length() > max) {
      add(field, "must be at most " + max + " characters");
    }
  }
}
