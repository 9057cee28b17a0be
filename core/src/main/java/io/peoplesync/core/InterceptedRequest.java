package io.peoplesync.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as an {@link Interceptor} sees it: endpoint, method, the URI and headers with every
 * secret masked, the attempt number. Immutable; {@link #withHeader} returns a copy whose added
 * header the pipeline puts on the real request.
 */
public final class InterceptedRequest {
  private final EndpointInfo endpoint;
  private final String uri;
  private final Map<String, List<String>> headers;
  private final Map<String, String> added;
  private final int attempt;
  private final boolean async;

  private InterceptedRequest(
      EndpointInfo endpoint,
      String uri,
      Map<String, List<String>> headers,
      Map<String, String> added,
      int attempt,
      boolean async) {
    this.endpoint = endpoint;
    this.uri = uri;
    this.headers = headers;
    this.added = added;
    this.attempt = attempt;
    this.async = async;
  }

  /**
   * Creates a view; the core passes values already masked. A view built by hand only contributes
   * the headers added to it when passed to {@link Interceptor.Chain#proceed}.
   */
  public static InterceptedRequest of(
      EndpointInfo endpoint,
      String maskedUri,
      Map<String, List<String>> maskedHeaders,
      int attempt,
      boolean async) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    maskedHeaders.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new InterceptedRequest(
        Objects.requireNonNull(endpoint, "endpoint == null"),
        Objects.requireNonNull(maskedUri, "maskedUri == null"),
        Collections.unmodifiableMap(copy),
        Collections.emptyMap(),
        attempt,
        async);
  }

  /** Returns the endpoint this request executes. */
  public EndpointInfo endpoint() {
    return endpoint;
  }

  /** Returns the HTTP method. */
  public HttpMethod method() {
    return endpoint.method();
  }

  /** Returns the URI with the value of every undeclared query parameter masked as {@code ****}. */
  public String uri() {
    return uri;
  }

  /** Returns the headers; credential values read {@code ****}. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the first value of header {@code name}, compared case-insensitively. */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** Returns the headers added through {@link #withHeader}, in order. */
  public Map<String, String> addedHeaders() {
    return added;
  }

  /** Returns the attempt number: 1 for a per-call interceptor, 1, 2, … per attempt otherwise. */
  public int attempt() {
    return attempt;
  }

  /** Returns whether the call is asynchronous (an interceptor must then not block). */
  public boolean async() {
    return async;
  }

  /**
   * Returns a copy with header {@code name} set to {@code value} on the wire, replacing any value
   * the request had.
   *
   * @throws IllegalArgumentException if the name or value is blank or holds control characters
   */
  public InterceptedRequest withHeader(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    if (name.isBlank() || !printable(name) || !printable(value)) {
      throw new IllegalArgumentException("header name must be non-blank printable text");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    Map<String, List<String>> h = new LinkedHashMap<>();
    headers.forEach(
        (k, v) -> {
          if (!k.toLowerCase(Locale.ROOT).equals(lower)) {
            h.put(k, v);
          }
        });
    h.put(name, List.of(value));
    Map<String, String> a = new LinkedHashMap<>(added);
    a.put(name, value);
    return new InterceptedRequest(
        endpoint,
        uri,
        Collections.unmodifiableMap(h),
        Collections.unmodifiableMap(a),
        attempt,
        async);
  }

  private static boolean printable(String s) {
    return s.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);
  }

  @Override
  public String toString() {
    return "InterceptedRequest{" + endpoint.describe() + ", attempt " + attempt + "}";
  }
}
