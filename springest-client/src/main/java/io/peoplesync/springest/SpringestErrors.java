package io.peoplesync.springest;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.spi.ErrorDetailsParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Springest's validation errors into field errors. The shape is not documented, so the common
 * Rails shapes are all accepted: {@code {"errors": {"email": ["is invalid"]}}}, {@code {"email":
 * ["is invalid"]}}, {@code ["Email is invalid"]} and {@code {"errors": ["Email is invalid"]}}.
 * Messages that name no field (and Rails' {@code base}) go under {@code ""}; a top-level {@code
 * error} or {@code message} text becomes the vendor message.
 */
final class SpringestErrors implements ErrorDetailsParser {
  @Override
  public ErrorDetails parse(int statusCode, JsonNode body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    String message = null;
    if (body.isArray()) {
      addMessages(fields, "", body);
    } else if (body.isObject()) {
      for (Map.Entry<String, JsonNode> e : body.properties()) {
        String key = e.getKey();
        JsonNode value = e.getValue();
        if (key.equals("errors")) {
          addField(fields, "", value);
        } else if ((key.equals("error") || key.equals("message")) && value.isValueNode()) {
          message = message == null ? value.asText() : message;
        } else if (value.isContainerNode()) {
          // Scalars such as Rails' "status": 400 are not field errors; only lists and objects are.
          addField(fields, key, value);
        }
      }
    } else if (body.isTextual() && !body.asText().isBlank()) {
      message = body.asText();
    }
    return ErrorDetails.of(null, message).withFieldErrors(fields);
  }

  private static void addField(Map<String, List<String>> fields, String name, JsonNode value) {
    if (value.isObject()) {
      String prefix = name.isEmpty() ? "" : name + ".";
      value.properties().forEach(e -> addField(fields, prefix + e.getKey(), e.getValue()));
    } else {
      addMessages(fields, name, value);
    }
  }

  private static void addMessages(Map<String, List<String>> fields, String name, JsonNode value) {
    if (value.isArray()) {
      value.forEach(element -> addMessages(fields, name, element));
    } else if (value.isObject()) {
      addField(fields, name, value);
    } else if (!value.isNull() && !value.isMissingNode()) {
      String field = name.equals("base") ? "" : name;
      fields.computeIfAbsent(field, k -> new ArrayList<>()).add(value.asText());
    }
  }
}
