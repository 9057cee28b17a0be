package io.peoplesync.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A response as an {@link Interceptor} sees it: status and headers (credential-like values masked),
 * not the body. An interceptor returns the instance its chain gave it.
 */
public final class InterceptedResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final int bodyLength;

  /** Creates a view; the core passes header names in lower case, values already masked. */
  public InterceptedResponse(int statusCode, Map<String, List<String>> headers, int bodyLength) {
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.bodyLength = bodyLength;
  }

  /** Returns the HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Returns the length of the (decoded) body in bytes. */
  public int bodyLength() {
    return bodyLength;
  }

  @Override
  public String toString() {
    return "InterceptedResponse{status=" + statusCode + ", bodyLength=" + bodyLength + "}";
  }
}
