package io.peoplesync.core;

/** The HTTP methods the vendors' APIs use. */
public enum HttpMethod {
  GET(true),
  HEAD(true),
  POST(false),
  PUT(true),
  PATCH(false),
  DELETE(true);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /** Returns whether RFC 9110 defines the method as idempotent; endpoints may override this. */
  public boolean idempotent() {
    return idempotent;
  }
}
