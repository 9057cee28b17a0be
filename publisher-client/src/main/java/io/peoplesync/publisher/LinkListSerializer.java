package io.peoplesync.publisher;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Writes a list of links as Publisher nests them: {@code {"link": {...}}} for one link, {@code
 * {"link": [...]}} for several; in XML, one {@code <link>} element per link inside the list's
 * element.
 */
final class LinkListSerializer extends StdSerializer<List<Link>> {
  private static final long serialVersionUID = 1L;

  LinkListSerializer() {
    super(List.class, false);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, List<Link> value) {
    return value == null || value.isEmpty();
  }

  @Override
  public void serialize(List<Link> links, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("link");
    if (links.size() == 1) {
      write(links.get(0), gen);
    } else {
      gen.writeStartArray();
      for (Link link : links) {
        write(link, gen);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void write(Link link, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", link.name());
    gen.writeStringField("value", link.value());
    gen.writeEndObject();
  }
}
