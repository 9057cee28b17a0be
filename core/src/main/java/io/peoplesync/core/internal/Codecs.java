package io.peoplesync.core.internal;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.MediaType;

/**
 * A client's codecs: JSON always, XML built only when first needed (its factory is costly and most
 * clients never see XML).
 */
public final class Codecs {
  private final Codec json;
  private volatile Codec xml;

  /** Creates the codecs of one client. */
  public Codecs() {
    this.json = new JsonCodec();
  }

  /** Returns the codec for {@code format}. */
  public Codec forFormat(MediaFormat format) {
    if (format == MediaFormat.JSON) {
      return json;
    }
    Codec x = xml;
    if (x == null) {
      // Two threads may both build one; either result is equivalent, so no lock is needed.
      x = new XmlCodec();
      xml = x;
    }
    return x;
  }

  /**
   * Returns the codec for a response of {@code type}; when the type names no format, guesses from
   * the first character of {@code text}, or returns null.
   */
  public Codec forResponse(MediaType type, String text) {
    if (type.format().isPresent()) {
      return forFormat(type.format().get());
    }
    String t = text.strip();
    if (t.startsWith("{") || t.startsWith("[")) {
      return json;
    }
    if (t.startsWith("<")) {
      return forFormat(MediaFormat.XML);
    }
    return null;
  }
}
