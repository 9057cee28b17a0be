package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of links in every shape Publisher's examples show: {@code {"link": {...}}}, {@code
 * {"link": [...]}}, a bare array, or an empty element (no links).
 */
final class LinkListDeserializer extends StdDeserializer<List<Link>> {
  private static final long serialVersionUID = 1L;

  LinkListDeserializer() {
    super(List.class);
  }

  @Override
  public List<Link> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(ctxt.readTree(p));
  }

  @Override
  public List<Link> getNullValue(DeserializationContext ctxt) {
    return List.of();
  }

  static List<Link> read(JsonNode node) {
    List<Link> links = new ArrayList<>();
    JsonNode items = node.has("link") ? node.get("link") : node;
    if (items.isArray()) {
      items.forEach(item -> add(item, links));
    } else {
      add(items, links);
    }
    return links;
  }

  private static void add(JsonNode item, List<Link> links) {
    if (item.isObject() && (item.has("name") || item.has("value"))) {
      links.add(Link.of(item.path("name").asText(""), item.path("value").asText("")));
    }
  }
}
