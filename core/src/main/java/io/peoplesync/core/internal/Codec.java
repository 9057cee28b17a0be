package io.peoplesync.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.MediaFormat;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * Writes request bodies and reads response bodies in one {@link MediaFormat}.
 *
 * <p>Each client owns its codecs and their private Jackson mappers; the user's own {@code
 * ObjectMapper} is never used or changed. {@link io.peoplesync.core.RawBody} and {@link
 * io.peoplesync.core.internal.FormBody} values are written as they are.
 *
 * @see JsonCodec
 * @see XmlCodec
 */
public interface Codec {
  /** Returns the format this codec speaks. */
  MediaFormat format();

  /** Returns the {@code Content-Type} for a body holding {@code value}. */
  String contentType(Object value);

  /**
   * Encodes {@code value}, with {@code extraFields} as top-level fields written first.
   *
   * @throws io.peoplesync.core.ApiSerializationException if the value cannot be written
   */
  byte[] write(Object value, Optional<String> rootName, Map<String, Object> extraFields);

  /**
   * Decodes {@code body} into {@code type}.
   *
   * @throws io.peoplesync.core.ApiSerializationException if the body does not match the type
   */
  <T> T read(byte[] body, Charset charset, Type type);

  /**
   * Decodes {@code body} into a tree (XML elements become object fields).
   *
   * @throws io.peoplesync.core.ApiSerializationException if the body is not well-formed
   */
  JsonNode readTree(byte[] body, Charset charset);
}
