package io.peoplesync.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
import java.util.concurrent.ConcurrentHashMap;

/** The part of the JSON and XML codecs that only differs by mapper. */
abstract class JacksonCodec implements Codec {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final ObjectMapper mapper;
  private final MediaFormat format;
  private final String contentType;
  // A reader per response type resolves the type and finds its deserializer once, not per call.
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  JacksonCodec(ObjectMapper mapper, MediaFormat format) {
    this.mapper = mapper;
    this.format = format;
    this.contentType = format.mimeType() + "; charset=UTF-8";
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
    return contentType;
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
   * Writes {@code value} with {@code extraFields} first among its top-level members, as the tree
   * merge does, without building a tree of the whole body; null where only the merge gives the same
   * result (see {@link TopLevelFieldsWriter}) or an extra field is null.
   */
  private byte[] withTopLevelFields(Object value, Map<String, Object> extraFields)
      throws IOException {
    if (extraFields.containsValue(null)) {
      return null;
    }
    return TopLevelFieldsWriter.write(mapper, value, extraFields);
  }

  @Override
  public <T> T read(byte[] body, Charset charset, Type type) {
    ObjectReader reader = readers.computeIfAbsent(type, t -> mapper.readerFor(typeOf(t)));
    try {
      if (isUtf8(charset)) {
        return reader.readValue(body);
      }
      try (Reader in = new InputStreamReader(new ByteArrayInputStream(body), charset)) {
        return reader.readValue(in);
      }
    } catch (IOException | RuntimeException e) {
      throw new ApiSerializationException(
          "cannot read "
              + format
              + " response as "
              + typeOf(type).toCanonical()
              + ": "
              + safeReason(e),
          e);
    }
  }

  private JavaType typeOf(Type type) {
    return mapper.getTypeFactory().constructType(type);
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
