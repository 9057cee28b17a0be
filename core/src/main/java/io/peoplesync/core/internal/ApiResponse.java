package io.peoplesync.core.internal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A response as it moves back through the pipeline, any status; immutable. */
public final class ApiResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /** Creates a response; header names are lower-cased. The body array is not copied. */
  public static ApiResponse of(int statusCode, Map<String, List<String>> headers, byte[] body) {
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (k, v) -> {
          if (k != null) {
            lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
          }
        });
    return new ApiResponse(
        statusCode, Collections.unmodifiableMap(lower), body == null ? new byte[0] : body);
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
    return headers;
  }

  /** Returns the first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
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
    Map<String, List<String>> copy = new TreeMap<>(headers);
    copy.remove("content-encoding");
    copy.remove("content-length");
    return new ApiResponse(statusCode, Collections.unmodifiableMap(copy), decoded);
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", bodyLength=" + body.length + "}";
  }
}
