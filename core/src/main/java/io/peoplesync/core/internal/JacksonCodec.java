package io.peoplesync.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The part of the JSON and XML codecs that only differs by mapper. */
abstract class JacksonCodec implements Codec {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final ObjectMapper mapper;
  private final MediaFormat format;

  JacksonCodec(ObjectMapper mapper, MediaFormat format) {
    this.mapper = mapper;
    this.format = format;
  }

  /** Returns the private mapper, for vendor tests that need to compare trees. */
  ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public MediaFormat format() {
    return format;
  }

  @Override
  public String contentType(Object value) {
    if (value instanceof FormBody) {
      return FORM;
    }
    return format.mimeType() + "; charset=UTF-8";
  }

  @Override
  public byte[] write(Object value, Optional<String> rootName, Map<String, Object> extraFields) {
    if (value instanceof RawBody && extraFields.isEmpty()) {
      return ((RawBody) value).content().getBytes(StandardCharsets.UTF_8);
    }
    if (value instanceof FormBody) {
      return form((FormBody) value);
    }
    try {
      Object toWrite = value;
      if (!extraFields.isEmpty() && format == MediaFormat.JSON && !(value instanceof RawBody)) {
        byte[] spliced = withTopLevelFields(value, extraFields);
        if (spliced != null) {
          return spliced;
        }
      }
      if (!extraFields.isEmpty()) {
        JsonNode tree =
            value instanceof RawBody
                ? mapper.readTree(((RawBody) value).content())
                : mapper.valueToTree(value);
        if (!tree.isObject()) {
          throw new ApiSerializationException(
              "cannot add top-level fields "
                  + extraFields.keySet()
                  + " to a body that is not an object",
              null);
        }
        ObjectNode merged = mapper.createObjectNode();
        extraFields.forEach((k, v) -> merged.set(k, mapper.valueToTree(v)));
        merged.setAll((ObjectNode) tree);
        toWrite = merged;
      }
      return rootName.isPresent() && format == MediaFormat.XML
          ? mapper.writer().withRootName(rootName.get()).writeValueAsBytes(toWrite)
          : mapper.writeValueAsBytes(toWrite);
    } catch (IOException | IllegalArgumentException e) {
      throw new ApiSerializationException(
          "cannot write " + value.getClass().getSimpleName() + " as " + format, e);
    }
  }

  /**
   * Writes {@code value} and puts {@code extraFields} first among its top-level members, as the
   * tree merge below does, without building a tree of the whole body: for an ORTEC batch of 1,000
   * accounts the tree cost four times the bytes of the body itself. Returns null where only the
   * merge gives the same result: the value is not a JSON object, shares a member name with the
   * extra fields (the value's member wins there), or an extra field is null.
   */
  private byte[] withTopLevelFields(Object value, Map<String, Object> extraFields)
      throws IOException {
    if (extraFields.containsValue(null)) {
      return null;
    }
    byte[] body = mapper.writeValueAsBytes(value);
    int open = skipSpace(body, 0);
    if (open == body.length || body[open] != '{' || hasMember(body, extraFields)) {
      return null;
    }
    byte[] fields = mapper.writeValueAsBytes(extraFields);
    int close = fields.length - 1;
    while (close > 0 && fields[close] != '}') {
      close--;
    }
    int rest = open + 1;
    boolean empty = body[skipSpace(body, rest)] == '}';
    byte[] out = new byte[close + (empty ? 0 : 1) + body.length - rest];
    System.arraycopy(fields, 0, out, 0, close);
    int at = close;
    if (!empty) {
      out[at++] = ',';
    }
    System.arraycopy(body, rest, out, at, body.length - rest);
    return out;
  }

  private static int skipSpace(byte[] b, int from) {
    int i = from;
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** Returns whether the JSON object {@code body} has a top-level member named in {@code names}. */
  private boolean hasMember(byte[] body, Map<String, Object> names) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(body)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        if (names.containsKey(p.currentName())) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
    }
    return false;
  }

  @Override
  public <T> T read(byte[] body, Charset charset, Type type) {
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    try {
      if (isUtf8(charset)) {
        return mapper.readValue(body, javaType);
      }
      try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), charset)) {
        return mapper.readValue(reader, javaType);
      }
    } catch (IOException | RuntimeException e) {
      throw new ApiSerializationException(
          "cannot read " + format + " response as " + javaType.toCanonical() + ": " + safeReason(e),
          e);
    }
  }

  @Override
  public JsonNode readTree(byte[] body, Charset charset) {
    try {
      if (isUtf8(charset)) {
        return mapper.readTree(body);
      }
      try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), charset)) {
        return mapper.readTree(reader);
      }
    } catch (IOException | RuntimeException e) {
      throw new ApiSerializationException(
          "cannot read " + format + " response: " + safeReason(e), e);
    }
  }

  private static boolean isUtf8(Charset charset) {
    return charset == null || StandardCharsets.UTF_8.equals(charset);
  }

  /** Returns Jackson's reason without the location excerpt, which may quote body content. */
  private static String safeReason(Exception e) {
    if (e instanceof JsonProcessingException) {
      return ((JsonProcessingException) e).getOriginalMessage();
    }
    return e.getClass().getSimpleName();
  }

  private static byte[] form(FormBody body) {
    StringBuilder sb = new StringBuilder();
    body.fields()
        .forEach(
            (k, v) -> {
              if (sb.length() > 0) {
                sb.append('&');
              }
              sb.append(UriEncoding.form(k)).append('=').append(UriEncoding.form(v));
            });
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
