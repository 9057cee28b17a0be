package io.peoplesync.springest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a save response into a {@link SpringestUserRef} from the token stream, in the three shapes
 * {@link SpringestUserRef#fromJson} accepts (a number, a string, an object with an {@code id}),
 * without building a tree of the body first: a save is the most frequent write.
 */
final class UserRefReader extends StdDeserializer<SpringestUserRef> {
  private static final long serialVersionUID = 1L;

  UserRefReader() {
    super(SpringestUserRef.class);
  }

  @Override
  public SpringestUserRef deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    String id;
    if (p.currentToken() == JsonToken.START_OBJECT) {
      id = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id")) {
          id = scalar(p, value);
          if (id == null) {
            return bad(ctxt);
          }
        } else {
          p.skipChildren();
        }
      }
      if (id == null) {
        return bad(ctxt);
      }
    } else {
      id = scalar(p, p.currentToken());
      if (id == null) {
        return bad(ctxt);
      }
    }
    if (id.isBlank()) {
      return ctxt.reportInputMismatch(SpringestUserRef.class, "id must not be blank");
    }
    return SpringestUserRef.of(id);
  }

  // The text JsonNode.asText() gives for the same token, so both readers agree.
  private static String scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getNumberValue() instanceof Double
          ? Double.toString(p.getDoubleValue())
          : p.getNumberValue().toString();
    }
    return null;
  }

  private static SpringestUserRef bad(DeserializationContext ctxt) throws IOException {
    return ctxt.reportInputMismatch(SpringestUserRef.class, "id must be a number or a string");
  }
}
