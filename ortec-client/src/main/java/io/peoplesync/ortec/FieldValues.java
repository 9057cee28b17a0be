package io.peoplesync.ortec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.peoplesync.core.spi.Validate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks and copies the free-form values of an {@link OrtecAccount}. */
final class FieldValues {
  /** Names the request item uses itself, so an account field may not take them. */
  static final Set<String> RESERVED = Set.of("id", "action");

  private FieldValues() {}

  /** Requires {@code name} to be usable as an account field name. */
  static String name(String name) {
    Validate.notBlank("field name", name);
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException(
          "field name "
              + name
              + " is reserved: set the id with id(...) and the action on AccountAction");
    }
    return name;
  }

  /**
   * Returns an unmodifiable copy of {@code value} after checking that it is JSON: a string, number,
   * boolean, {@link JsonNode}, {@code java.time} value, or a list or string-keyed map of those.
   *
   * @throws IllegalArgumentException naming {@code path} for null or any other type
   */
  static Object copy(String path, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          path + " must not be null (put a NullNode to send a JSON null)");
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof Number
        || value instanceof Boolean
        || value instanceof JsonNode
        || value instanceof TemporalAccessor) {
      return value;
    }
    if (value instanceof Collection) {
      List<Object> list = new ArrayList<>();
      int i = 0;
      for (Object element : (Collection<?>) value) {
        list.add(copy(path + "[" + i++ + "]", element));
      }
      return Collections.unmodifiableList(list);
    }
    if (value instanceof Map) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException(path + " must have string keys");
        }
        String key = (String) e.getKey();
        map.put(key, copy(path + "." + key, e.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    throw new IllegalArgumentException(
        path
            + " has unsupported type "
            + value.getClass().getSimpleName()
            + ": use a String, Number, Boolean, List, Map, JsonNode or java.time value");
  }

  /** Returns the plain Java form of a JSON value read back; {@code null} becomes a NullNode. */
  static Object fromJson(JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return NullNode.getInstance();
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(fromJson(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        map.put(e.getKey(), fromJson(e.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    // Binary and POJO nodes only come from code, never from a parsed body: keep them as they are.
    return node;
  }
}
