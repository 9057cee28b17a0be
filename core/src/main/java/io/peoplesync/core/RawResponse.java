package io.peoplesync.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A successful response as text, returned by the raw escape hatch ({@code client.raw()}).
 *
 * <p>Unsuccessful statuses still throw the usual {@link io.peoplesync.core.ApiResponseException}.
 */
public final class RawResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String body;

  /** Creates a raw response; header names are lower case. */
  public RawResponse(int statusCode, Map<String, List<String>> headers, String body) {
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.body = body;
  }

  /** Returns the HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the response headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns the decoded body text; empty when there was none. */
  public String body() {
    return body;
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", bodyLength=" + body.length() + "}";
  }
}
