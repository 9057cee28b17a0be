package io.peoplesync.testkit.ortec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of one fake ORTEC feed and the rules of the four actions, one item at a time.
 *
 * <p>Synchronised on itself, because tests read it while the server thread writes it.
 */
final class AccountStore {
  static final String NOT_FOUND = "current profile not found";
  static final String EXISTS = "profile already exists";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final Map<String, ObjectNode> accounts = new LinkedHashMap<>();
  private final List<Integer> batchSizes = new ArrayList<>();

  /** Applies one item of a batch and returns its result: {@code ok} or an {@code error}. */
  synchronized Map<String, String> apply(JsonNode item) {
    if (!item.isObject()) {
      return error("account must be a JSON object");
    }
    JsonNode id = item.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      return error("missing id");
    }
    JsonNode action = item.get("action");
    if (action == null || !action.isTextual()) {
      return error("missing action");
    }
    return apply(action.asText(), id.asText(), fields((ObjectNode) item));
  }

  private Map<String, String> apply(String action, String id, ObjectNode fields) {
    ObjectNode current = accounts.get(id);
    switch (action) {
      case "insert":
        if (current != null) {
          return error(EXISTS);
        }
        accounts.put(id, merge(JSON.createObjectNode(), fields));
        return ok();
      case "update":
        if (current == null) {
          return error(NOT_FOUND);
        }
        merge(current, fields);
        return ok();
      case "upsert":
        accounts.put(id, merge(current == null ? JSON.createObjectNode() : current, fields));
        return ok();
      case "delete":
        return accounts.remove(id) == null ? error(NOT_FOUND) : ok();
      default:
        return error("unknown action: " + action);
    }
  }

  /** Records the size of a batch that was accepted. */
  synchronized void recordBatch(int size) {
    batchSizes.add(size);
  }

  synchronized void seed(String id, Map<String, ?> fields) {
    accounts.put(id, merge(JSON.createObjectNode(), JSON.valueToTree(fields)));
  }

  synchronized Optional<Map<String, Object>> get(String id) {
    return Optional.ofNullable(accounts.get(id)).map(AccountStore::toMap);
  }

  synchronized Optional<ObjectNode> getJson(String id) {
    return Optional.ofNullable(accounts.get(id)).map(a -> withId(id, a));
  }

  synchronized Map<String, Map<String, Object>> all() {
    Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
    accounts.forEach((id, fields) -> copy.put(id, toMap(fields)));
    return Collections.unmodifiableMap(copy);
  }

  synchronized List<ObjectNode> allJson() {
    List<ObjectNode> out = new ArrayList<>();
    accounts.forEach((id, fields) -> out.add(withId(id, fields)));
    return out;
  }

  synchronized List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  /** Returns the item's fields without {@code action} and {@code id}. */
  private static ObjectNode fields(ObjectNode item) {
    ObjectNode fields = item.deepCopy();
    fields.remove("action");
    fields.remove("id");
    return fields;
  }

  /** Merges {@code fields} into {@code target} at the top level; a JSON null removes the field. */
  private static ObjectNode merge(ObjectNode target, JsonNode fields) {
    for (Map.Entry<String, JsonNode> f : fields.properties()) {
      if (f.getValue().isNull()) {
        target.remove(f.getKey());
      } else {
        target.set(f.getKey(), f.getValue().deepCopy());
      }
    }
    return target;
  }

  private static ObjectNode withId(String id, ObjectNode fields) {
    ObjectNode out = JSON.createObjectNode().put("id", id);
    out.setAll(fields.deepCopy());
    return out;
  }

  private static Map<String, Object> toMap(ObjectNode fields) {
    return Collections.unmodifiableMap(JSON.convertValue(fields, MAP));
  }

  private static Map<String, String> ok() {
    return Map.of("status", "ok");
  }

  private static Map<String, String> error(String message) {
    return Map.of("error", message);
  }
}
