package io.peoplesync.core;

import java.util.Objects;

/**
 * A request body sent exactly as given, in the client's format, for fields or endpoints the typed
 * model does not cover yet.
 */
public final class RawBody {
  private final String content;

  private RawBody(String content) {
    this.content = content;
  }

  /** Returns a body of {@code content} (JSON or XML text), sent as UTF-8. */
  public static RawBody of(String content) {
    return new RawBody(Objects.requireNonNull(content, "content == null"));
  }

  /** Returns the text. */
  public String content() {
    return content;
  }

  @Override
  public String toString() {
    return "RawBody{length=" + content.length() + "}";
  }
}
