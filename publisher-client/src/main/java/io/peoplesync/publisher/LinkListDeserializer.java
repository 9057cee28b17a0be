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
    collect(node, links);
    return links;
  }

  /**
   * Collects every object with a {@code name} or {@code value}, walking arrays and wrappers: the
   * {@code link} key, and the extra level XML's unwrapped-list reading adds.
   */
  private static void collect(JsonNode node, List<Link> links) {
    if (node.isObject() && (node.has("name") || node.has("value"))) {
      links.add(Link.of(node.path("name").asText(""), node.path("value").asText("")));
    } else if (node.isContainerNode()) {
      node.forEach(child -> collect(child, links));
    }
  }
}
