package io.peoplesync.ortec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a batch's response says, read from the token stream without a tree: whether it is an object,
 * whether it has an {@code error} member, and its {@code results} array, each element's {@code
 * status} and {@code error} as text. {@link ResultReader} then applies the rules. A member given
 * twice counts as the tree would count it: the last one.
 */
@JsonDeserialize(using = ResultsBody.Reader.class)
final class ResultsBody {
  /** One element of the results array. */
  static final class Entry {
    final boolean object;
    final String status;
    final String error;

    Entry(boolean object, String status, String error) {
      this.object = object;
      this.status = status;
      this.error = error;
    }
  }

  final boolean object;
  final boolean hasError;
  // Null when the body has no results member or it is not an array.
  final List<Entry> results;

  ResultsBody(boolean object, boolean hasError, List<Entry> results) {
    this.object = object;
    this.hasError = hasError;
    this.results = results == null ? null : Collections.unmodifiableList(results);
  }

  /** Reads the body; see the class documentation. */
  static final class Reader extends StdDeserializer<ResultsBody> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(ResultsBody.class);
    }

    @Override
    public ResultsBody deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return new ResultsBody(false, false, null);
      }
      boolean hasError = false;
      List<Entry> results = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("results")) {
          results = value == JsonToken.START_ARRAY ? entries(p) : skip(p);
        } else {
          hasError |= name.equals("error");
          p.skipChildren();
        }
      }
      return new ResultsBody(true, hasError, results);
    }

    private static List<Entry> skip(JsonParser p) throws IOException {
      p.skipChildren();
      return null;
    }

    private static List<Entry> entries(JsonParser p) throws IOException {
      List<Entry> entries = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          entries.add(new Entry(false, null, null));
          continue;
        }
        String status = null;
        String error = null;
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("status")) {
            status = text(p);
          } else if (name.equals("error")) {
            error = text(p);
          } else {
            p.skipChildren();
          }
        }
        entries.add(new Entry(true, status, error));
      }
      return entries;
    }

    // As JsonNode.asText() for a value and toString() for an object or array; null when JSON null
    // or blank, so both readings of a result agree.
    private static String text(JsonParser p) throws IOException {
      JsonToken t = p.currentToken();
      String text;
      if (t == JsonToken.VALUE_NULL) {
        return null;
      } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        text = p.readValueAsTree().toString();
      } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        text =
            p.getNumberValue() instanceof Double
                ? Double.toString(p.getDoubleValue())
                : p.getNumberValue().toString();
      } else {
        text = p.getText();
      }
      return text.isBlank() ? null : text;
    }
  }
}
