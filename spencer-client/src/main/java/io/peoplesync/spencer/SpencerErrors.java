package io.peoplesync.spencer;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.spi.ErrorDetailsParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Spencer error bodies, whose schema is not published: a code from {@code code}/{@code
 * error}, a message from {@code message}/{@code error_description}/{@code detail}/{@code title}
 * (also inside an {@code error} object), and field errors from {@code errors} given either as
 * {@code {"field": ["msg"]}} or as {@code [{"field": ..., "message": ...}]}. Never throws.
 */
final class SpencerErrors {
  static final ErrorDetailsParser PARSER = SpencerErrors::parse;

  private SpencerErrors() {}

  static ErrorDetails parse(int status, JsonNode body) {
    if (body == null || !body.isObject()) {
      return ErrorDetails.none();
    }
    JsonNode source = body.path("error").isObject() ? body.get("error") : body;
    return ErrorDetails.of(
            text(source, "code", "error", "error_code"),
            text(source, "message", "error_description", "detail", "title"))
        .withFieldErrors(fieldErrors(body.path("errors")));
  }

  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.path(name);
      if (v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }

  private static Map<String, List<String>> fieldErrors(JsonNode errors) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (errors.isObject()) {
      errors
          .properties()
          .forEach(
              e -> {
                List<String> messages = fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                if (e.getValue().isArray()) {
                  e.getValue().forEach(m -> messages.add(m.asText()));
                } else {
                  messages.add(e.getValue().asText());
                }
              });
    } else if (errors.isArray()) {
      for (JsonNode item : errors) {
        String field = item.isObject() ? text(item, "field", "property", "path") : null;
        String message = item.isObject() ? text(item, "message", "detail") : item.asText();
        fields
            .computeIfAbsent(field == null ? "" : field, k -> new ArrayList<>())
            .add(message == null ? "" : message);
      }
    }
    return fields;
  }
}
