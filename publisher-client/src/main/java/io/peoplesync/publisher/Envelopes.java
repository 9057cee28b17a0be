package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Publisher's wrapped bodies. JSON wraps a user as {@code {"user": {...}}}; XML names the
 * root element {@code user}, which Jackson's tree leaves out. Looking for the key and falling back
 * to the node itself reads both, and an unwrapped JSON body too. Every object is read from a tree,
 * so JSON and XML go through the same rules.
 */
final class Envelopes {
  private Envelopes() {}

  /** Returns {@code root.key} when it is an object or array, else {@code root}. */
  static JsonNode content(JsonNode root, String key) {
    JsonNode inner = root.get(key);
    return inner != null && (inner.isObject() || inner.isArray()) ? inner : root;
  }

  /**
   * Reads one user as {@code type} from {@code {"user": {...}}}, a bare object, or (as Publisher's
   * XML user model shows) a {@code users} list holding it first.
   */
  static <T> T readUser(JsonParser p, DeserializationContext ctxt, Class<T> type)
      throws IOException {
    JsonNode node = content(content(ctxt.readTree(p), "users"), "user");
    if (node.isArray() && node.size() > 0) {
      node = node.get(0);
    }
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(type, "expected a user object");
    }
    return readObject(ctxt, node, type);
  }

  /** Reads one object as {@code type}, treating empty elements ({@code <goesby/>}) as absent. */
  static <T> T readObject(DeserializationContext ctxt, JsonNode node, Class<T> type)
      throws IOException {
    return ctxt.readTreeAsValue(withoutEmptyText(node), type);
  }

  private static JsonNode withoutEmptyText(JsonNode node) {
    if (node.isObject()) {
      List<String> empty = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = field.getValue();
        if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
          empty.add(field.getKey());
        } else {
          withoutEmptyText(value);
        }
      }
      ((ObjectNode) node).remove(empty);
    } else if (node.isArray()) {
      node.forEach(Envelopes::withoutEmptyText);
    }
    return node;
  }
}
