package io.peoplesync.core.internal;

import io.peoplesync.core.MediaFormat;

/**
 * Reads and writes JSON with a private, tolerant mapper: unknown properties are ignored unless the
 * model keeps them, unknown enum values fall back to the enum's default, a single value is accepted
 * where a list is expected, and {@code java.time} and {@code Optional} are supported.
 */
public final class JsonCodec extends JacksonCodec {
  /** Creates a codec with its own mapper; thread-safe once built. */
  public JsonCodec() {
    super(Mappers.json(), MediaFormat.JSON);
  }
}
