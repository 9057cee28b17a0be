package io.peoplesync.spencer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The answer of the publication listings. Spencer's shape is undocumented, so both a bare JSON
 * array and an envelope object holding the array under {@code data}, {@code items}, {@code
 * publications} or {@code results} are read, streaming, without an intermediate tree.
 */
@JsonDeserialize(using = PublicationList.Reader.class)
final class PublicationList {
  private final List<NewsPublication> items;

  PublicationList(List<NewsPublication> items) {
    this.items = List.copyOf(items);
  }

  List<NewsPublication> items() {
    return items;
  }

  static final class Reader extends StdDeserializer<PublicationList> {
    private static final long serialVersionUID = 1L;
    private static final Set<String> ENVELOPE_FIELDS =
        Set.of("data", "items", "publications", "results");

    Reader() {
      super(PublicationList.class);
    }

    @Override
    public PublicationList deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JavaType listType =
          ctxt.getTypeFactory().constructCollectionType(List.class, NewsPublication.class);
      if (p.currentToken() == JsonToken.START_ARRAY) {
        return new PublicationList(ctxt.readValue(p, listType));
      }
      List<NewsPublication> found = null;
      if (p.currentToken() == JsonToken.START_OBJECT) {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken value = p.nextToken();
          if (found == null && value == JsonToken.START_ARRAY && ENVELOPE_FIELDS.contains(name)) {
            found = ctxt.readValue(p, listType);
          } else {
            p.skipChildren();
          }
        }
      }
      if (found == null) {
        return (PublicationList)
            ctxt.handleUnexpectedToken(
                PublicationList.class,
                p.currentToken(),
                p,
                "expected an array of publications or an object holding one");
      }
      return new PublicationList(found);
    }
  }
}
