package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Publisher's user shapes. Users are stored in one canonical form, the JSON spelling of the Add
 * User example ({@code id}, {@code postcode}, {@code customlinks}, every link list as {@code
 * {"link": [...]}}, status in lower case); bodies in either spelling are brought to it, and answers
 * are written from it: JSON with the example's names and one link as an object, XML with the XML
 * model's names ({@code userid}, {@code postCode}, {@code customlink}, {@code messaginglink}).
 */
final class PublisherShapes {
  static final Set<String> LINK_LISTS = Set.of("sociallinks", "customlinks", "messaginglinks");
  private static final Map<String, String> READ_NAMES =
      Map.of(
          "userid", "id",
          "customlink", "customlinks",
          "messaginglink", "messaginglinks");
  private static final Map<String, String> XML_NAMES =
      Map.of(
          "id", "userid",
          "customlinks", "customlink",
          "messaginglinks", "messaginglink");
  private static final Set<String> SERVER_FIELDS = Set.of("id", "link", "userlink");
  private static final Set<String> SUMMARY_FIELDS =
      Set.of(
          "id",
          "name",
          "email",
          "phone",
          "jobtitle",
          "mobile",
          "department",
          "status",
          "organisation",
          "location");

  private PublisherShapes() {}

  /** Returns the user inside {@code {"user": ...}}, {@code {"users": {"user": ...}}} or bare. */
  static JsonNode unwrap(JsonNode root) {
    JsonNode node = root;
    if (node.path("users").isObject()) {
      node = node.get("users");
    }
    if (node.has("user")) {
      node = node.get("user");
    }
    return node.isArray() && node.size() > 0 ? node.get(0) : node;
  }

  /** Returns the id a body carries as {@code id} or {@code userid}, or null. */
  static String bodyId(JsonNode user) {
    JsonNode id = user.has("id") ? user.get("id") : user.path("userid");
    return id.isValueNode() && !id.asText().isBlank() ? id.asText().trim() : null;
  }

  /**
   * Returns a request's user in canonical form: empty values dropped, XML spellings renamed, link
   * lists as arrays, server fields ({@code id}, {@code link}) left out; unknown fields are kept.
   */
  static ObjectNode canonical(JsonNode user) {
    ObjectNode out = PublisherFormat.JSON.createObjectNode();
    user.properties()
        .forEach(
            field -> {
              String key = READ_NAMES.getOrDefault(field.getKey(), field.getKey());
              JsonNode value = clean(field.getValue());
              if (value == null || SERVER_FIELDS.contains(key)) {
                return;
              }
              if (LINK_LISTS.contains(key)) {
                ArrayNode links = out.arrayNode();
                collectLinks(value, links);
                if (!links.isEmpty()) {
                  out.putObject(key).set("link", links);
                }
                return;
              }
              out.set(key, "location".equals(key) ? renamed(value, "postCode", "postcode") : value);
            });
    return out;
  }

  /** Returns the full user as Publisher answers a get, in the spelling of the format. */
  static ObjectNode full(ObjectNode stored, boolean xml) {
    ObjectNode out = PublisherFormat.JSON.createObjectNode();
    stored
        .properties()
        .forEach(
            field -> {
              String key = field.getKey();
              JsonNode value = field.getValue().deepCopy();
              if ("status".equals(key)) {
                value = out.textNode(display(value.asText()));
              } else if (LINK_LISTS.contains(key) && !xml && value.path("link").size() == 1) {
                ((ObjectNode) value).set("link", value.path("link").get(0));
              } else if ("location".equals(key) && xml) {
                value = renamed(value, "postcode", "postCode");
              }
              out.set(xml ? XML_NAMES.getOrDefault(key, key) : key, value);
            });
    return out;
  }

  /** Returns the listing's summary of a user: the main profile fields and the user's link. */
  static ObjectNode listItem(ObjectNode stored, boolean xml, String link) {
    ObjectNode all = full(stored, xml);
    ObjectNode out = PublisherFormat.JSON.createObjectNode();
    all.properties()
        .forEach(
            field -> {
              String key = xml && "userid".equals(field.getKey()) ? "id" : field.getKey();
              if (SUMMARY_FIELDS.contains(key)) {
                out.set(field.getKey(), field.getValue());
              }
            });
    out.put(xml ? "userlink" : "link", link);
    return out;
  }

  /** Returns the user summary that add, update and archive answer: id, e-mail and link. */
  static ObjectNode summary(ObjectNode stored, String link) {
    ObjectNode out = PublisherFormat.JSON.createObjectNode();
    out.set("id", stored.get("id"));
    out.set("email", stored.get("email"));
    out.put("link", link);
    return out;
  }

  /** Returns a status as Publisher displays it: {@code archived} becomes {@code Archived}. */
  static String display(String status) {
    return status.isEmpty()
        ? status
        : status.substring(0, 1).toUpperCase(Locale.ROOT) + status.substring(1);
  }

  private static JsonNode clean(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText().isBlank() ? null : value;
    }
    if (value.isObject()) {
      ObjectNode out = PublisherFormat.JSON.createObjectNode();
      value.properties().forEach(f -> putIfPresent(out, f.getKey(), clean(f.getValue())));
      return out.isEmpty() ? null : out;
    }
    if (value.isArray()) {
      ArrayNode out = PublisherFormat.JSON.createArrayNode();
      value.forEach(
          item -> {
            JsonNode c = clean(item);
            if (c != null) {
              out.add(c);
            }
          });
      return out.isEmpty() ? null : out;
    }
    return value;
  }

  private static void putIfPresent(ObjectNode out, String key, JsonNode value) {
    if (value != null) {
      out.set(key, value);
    }
  }

  private static void collectLinks(JsonNode node, ArrayNode links) {
    if (node.isObject() && (node.has("name") || node.has("value"))) {
      ObjectNode link = links.addObject();
      link.put("name", node.path("name").asText(""));
      link.put("value", node.path("value").asText(""));
    } else if (node.isContainerNode()) {
      node.forEach(child -> collectLinks(child, links));
    }
  }

  private static JsonNode renamed(JsonNode node, String from, String to) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = PublisherFormat.JSON.createObjectNode();
    node.properties()
        .forEach(f -> out.set(from.equals(f.getKey()) ? to : f.getKey(), f.getValue()));
    return out;
  }
}
