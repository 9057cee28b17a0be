package io.peoplesync.core;

/** The wire format a client writes request bodies in and asks responses to come in. */
public enum MediaFormat {
  /** {@code application/json}. */
  JSON("application/json"),
  /** {@code application/xml}. */
  XML("application/xml");

  private final String mimeType;

  MediaFormat(String mimeType) {
    this.mimeType = mimeType;
  }

  /** Returns the MIME type sent in {@code Content-Type} and {@code Accept}. */
  public String mimeType() {
    return mimeType;
  }
}
