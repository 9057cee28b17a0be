package io.peoplesync.core.internal;

import java.net.http.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A response as it moves back through the pipeline, any status; immutable. */
public final class ApiResponse {
  private final int statusCode;
  // The JDK's headers as received, until someone asks for the lower-cased map: a response is
  // usually only asked for a header or two by name, and copying every header costs each call.
  private final HttpHeaders received;
  private volatile Map<String, List<String>> headers;
  private final byte[] body;

  private ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
    this.statusCode = statusCode;
    this.received = null;
    this.headers = headers;
    this.body = body;
  }

  private ApiResponse(int statusCode, HttpHeaders received, byte[] body) {
    this.statusCode = statusCode;
    this.received = received;
    this.body = body;
  }

  /**
   * Creates a response over the JDK's immutable {@code headers}, which are looked up
   * case-insensitively and lower-cased only when {@link #headers()} is called. The body array is
   * not copied.
   */
  public static ApiResponse of(int statusCode, HttpHeaders headers, byte[] body) {
    return new ApiResponse(
        statusCode, Objects.requireNonNull(headers, "headers"), body == null ? new byte[0] : body);
  }

  /** Creates a response; header names are lower-cased. The body array is not copied. */
  public static ApiResponse of(int statusCode, Map<String, List<String>> headers, byte[] body) {
    return new ApiResponse(statusCode, lowerCased(headers), body == null ? new byte[0] : body);
  }

  private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (k, v) -> {
          if (k != null) {
            lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
          }
        });
    return Collections.unmodifiableMap(lower);
  }

  /** Returns the status code. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns whether the status is 2xx. */
  public boolean successful() {
    return statusCode >= 200 && statusCode < 300;
  }

  /** Returns the headers, names lower case. */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> map = headers;
    if (map == null) {
      map = lowerCased(received.map());
      headers = map;
    }
    return map;
  }

  /** Returns the first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    if (headers == null) {
      return received.firstValue(name);
    }
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns the body bytes, as received or after decompression; never null. */
  public byte[] body() {
    return body;
  }

  /**
   * Returns a copy with another body and without {@code content-encoding}/{@code content-length}.
   */
  public ApiResponse withDecodedBody(byte[] decoded) {
    Map<String, List<String>> copy = new TreeMap<>(headers());
    copy.remove("content-encoding");
    copy.remove("content-length");
    return new ApiResponse(statusCode, Collections.unmodifiableMap(copy), decoded);
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", bodyLength=" + body.length + "}";
  }
}
