package io.peoplesync.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.internal.Codecs;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's own Jackson configuration, for vendor tests that check a model against the wire format
 * without a server; vendor modules cannot reach the core's internals themselves.
 */
public final class Mappers {
  private static final Codecs CODECS = new Codecs();

  private Mappers() {}

  /** Returns a new JSON mapper configured exactly as the clients' private one. */
  public static ObjectMapper json() {
    return io.peoplesync.core.internal.Mappers.json();
  }

  /**
   * Encodes {@code value} as the clients would send it, XML under the root element {@code root}
   * when given.
   */
  public static byte[] write(MediaFormat format, Object value, Optional<String> root) {
    return CODECS.forFormat(format).write(value, root, Map.of());
  }

  /** Decodes a UTF-8 {@code body} as the clients would read it. */
  public static <T> T read(MediaFormat format, byte[] body, Class<T> type) {
    return CODECS.forFormat(format).read(body, StandardCharsets.UTF_8, type);
  }

  /** Decodes a UTF-8 {@code body} into a generic {@code type} as the clients would read it. */
  public static <T> T read(MediaFormat format, byte[] body, Type type) {
    return CODECS.forFormat(format).read(body, StandardCharsets.UTF_8, type);
  }
}
