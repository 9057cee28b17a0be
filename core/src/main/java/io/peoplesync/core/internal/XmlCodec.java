package io.peoplesync.core.internal;

import io.peoplesync.core.MediaFormat;

/**
 * Reads and writes XML with a private, tolerant mapper that is safe against XXE and entity
 * expansion: DTDs and external entities are disabled, so a document declaring them is rejected with
 * an {@link io.peoplesync.core.ApiSerializationException}.
 */
public final class XmlCodec extends JacksonCodec {
  /** Creates a codec with its own hardened mapper; thread-safe once built. */
  public XmlCodec() {
    super(Mappers.xml(), MediaFormat.XML);
  }
}
