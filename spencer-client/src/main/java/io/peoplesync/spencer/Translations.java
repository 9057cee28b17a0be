package io.peoplesync.spencer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps Spencer's translatable texts, one {@code Map<String, String>} (locale to text) in Java, to
 * and from the wire.
 *
 * <p>Written as Spencer documents for user tags: an array of {@code {"locale": ..., "<key>": ...}}.
 * Read leniently, because only the tag shape is documented: that array with any text key, an object
 * keyed by locale, or a plain string (taken as {@code en-US}).
 */
final class Translations {
  private Translations() {}

  /** Writes {@code [{"locale": "en-US", "name": "..."}]}: the documented user-tag shape. */
  static final class NameWriter extends Writer {
    private static final long serialVersionUID = 1L;

    NameWriter() {
      super("name");
    }
  }

  /** Writes {@code [{"locale": "en-US", "value": "..."}]}: the assumed shape of other texts. */
  static final class ValueWriter extends Writer {
    private static final long serialVersionUID = 1L;

    ValueWriter() {
      super("value");
    }
  }

  abstract static class Writer extends StdSerializer<Map<String, String>> {
    private static final long serialVersionUID = 1L;
    private final String textKey;

    @SuppressWarnings("unchecked")
    Writer(String textKey) {
      super((Class<Map<String, String>>) (Class<?>) Map.class);
      this.textKey = textKey;
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Map<String, String> value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(Map<String, String> texts, JsonGenerator gen, SerializerProvider p)
        throws IOException {
      gen.writeStartArray();
      for (Map.Entry<String, String> e : texts.entrySet()) {
        gen.writeStartObject();
        gen.writeStringField("locale", e.getKey());
        gen.writeStringField(textKey, e.getValue());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
  }

  /** Reads any of the accepted shapes into an ordered map; entries without a locale are skipped. */
  static final class Reader extends StdDeserializer<Map<String, String>> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Map.class);
    }

    @Override
    public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode node = ctxt.readTree(p);
      Map<String, String> texts = new LinkedHashMap<>();
      if (node.isTextual()) {
        texts.put(SpencerRules.REQUIRED_LOCALE, node.asText());
      } else if (node.isObject()) {
        node.properties()
            .forEach(
                e -> {
                  if (e.getValue().isTextual()) {
                    texts.put(e.getKey(), e.getValue().asText());
                  }
                });
      } else if (node.isArray()) {
        node.forEach(item -> readItem(item, texts));
      }
      return texts;
    }

    private static void readItem(JsonNode item, Map<String, String> texts) {
      JsonNode locale = item.path("locale");
      if (!locale.isTextual()) {
        return;
      }
      for (Map.Entry<String, JsonNode> e : item.properties()) {
        if (!e.getKey().equals("locale") && e.getValue().isTextual()) {
          texts.put(locale.asText(), e.getValue().asText());
          return;
        }
      }
    }

    @Override
    public Map<String, String> getNullValue(DeserializationContext ctxt) {
      return Collections.emptyMap();
    }
  }
}
