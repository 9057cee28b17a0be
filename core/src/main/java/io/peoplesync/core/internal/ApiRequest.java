package io.peoplesync.core.internal;

import io.peoplesync.core.EndpointInfo;
import io.peoplesync.core.HttpMethod;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as it moves through the pipeline: immutable, so a stage that changes it returns a
 * copy and a retry can replay the original.
 *
 * <p>The body stays an object until the transport encodes it, which lets the body-API-key strategy
 * add top-level fields without re-parsing. {@code toString()} names the endpoint and path template
 * only.
 */
public final class ApiRequest {
  private final EndpointInfo endpoint;
  // Kept as text and parsed once, when the transport asks: an auth stage that adds a query
  // parameter would otherwise parse the whole URI a second time on every call.
  private final String uriText;
  private volatile URI uri;
  private final Map<String, List<String>> headers;
  private final RequestBody body;
  private final boolean async;
  private final int attempt;

  private ApiRequest(
      EndpointInfo endpoint,
      URI uri,
      Map<String, List<String>> headers,
      RequestBody body,
      boolean async,
      int attempt) {
    this(endpoint, uri.toString(), uri, headers, body, async, attempt);
  }

  private ApiRequest(
      EndpointInfo endpoint,
      String uriText,
      URI uri,
      Map<String, List<String>> headers,
      RequestBody body,
      boolean async,
      int attempt) {
    this.endpoint = endpoint;
    this.uriText = uriText;
    this.uri = uri;
    this.headers = headers;
    this.body = body;
    this.async = async;
    this.attempt = attempt;
  }

  /** Creates a request that takes over {@code headers}, whose lists the caller never changes. */
  public static ApiRequest owning(
      EndpointInfo endpoint,
      URI uri,
      Map<String, List<String>> headers,
      Optional<RequestBody> body,
      boolean async) {
    return new ApiRequest(
        endpoint, uri, Collections.unmodifiableMap(headers), body.orElse(null), async, 1);
  }

  /**
   * Creates a request like {@link #owning(EndpointInfo, URI, Map, Optional, boolean)} from the text
   * of an absolute URI whose path and query the caller has encoded; it is parsed when first asked
   * for.
   */
  public static ApiRequest owning(
      EndpointInfo endpoint,
      String uri,
      Map<String, List<String>> headers,
      Optional<RequestBody> body,
      boolean async) {
    return new ApiRequest(
        endpoint, uri, null, Collections.unmodifiableMap(headers), body.orElse(null), async, 1);
  }

  /** Creates a request; header names are kept as given. */
  public static ApiRequest create(
      EndpointInfo endpoint,
      URI uri,
      Map<String, List<String>> headers,
      Optional<RequestBody> body,
      boolean async) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new ApiRequest(
        Objects.requireNonNull(endpoint, "endpoint == null"),
        Objects.requireNonNull(uri, "uri == null"),
        Collections.unmodifiableMap(copy),
        body.orElse(null),
        async,
        1);
  }

  /** Returns the endpoint this request executes. */
  public EndpointInfo endpoint() {
    return endpoint;
  }

  /** Returns the HTTP method. */
  public HttpMethod method() {
    return endpoint.method();
  }

  /** Returns the full URI, query included. Contains secrets for query-key vendors: never log it. */
  public URI uri() {
    URI parsed = uri;
    if (parsed == null) {
      parsed = URI.create(uriText);
      uri = parsed;
    }
    return parsed;
  }

  /** Returns the headers in insertion order. May contain secrets: never log them unredacted. */
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

  /** Returns the body, if the request has one. */
  public Optional<RequestBody> body() {
    return Optional.ofNullable(body);
  }

  /** Returns whether the call runs asynchronously (stages must not block) or on the caller. */
  public boolean async() {
    return async;
  }

  /** Returns the attempt number, 1 for the first try; set by the retry stage. */
  public int attempt() {
    return attempt;
  }

  /** Returns a copy numbered as attempt {@code n}. */
  public ApiRequest withAttempt(int n) {
    return new ApiRequest(endpoint, uriText, uri, headers, body, async, n);
  }

  /** Returns a copy with header {@code name} set to {@code value}, replacing any previous value. */
  public ApiRequest withHeader(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    String lower = name.toLowerCase(Locale.ROOT);
    headers.forEach(
        (k, v) -> {
          if (!k.toLowerCase(Locale.ROOT).equals(lower)) {
            copy.put(k, v);
          }
        });
    copy.put(name, List.of(value));
    return new ApiRequest(
        endpoint, uriText, uri, Collections.unmodifiableMap(copy), body, async, attempt);
  }

  /** Returns a copy with header {@code name} set only when the request does not have it yet. */
  public ApiRequest withDefaultHeader(String name, String value) {
    return header(name).isPresent() ? this : withHeader(name, value);
  }

  /** Returns a copy sent to {@code newUri}. */
  public ApiRequest withUri(URI newUri) {
    return new ApiRequest(
        endpoint, Objects.requireNonNull(newUri, "newUri == null"), headers, body, async, attempt);
  }

  /** Returns a copy with {@code newBody}. */
  public ApiRequest withBody(RequestBody newBody) {
    return new ApiRequest(
        endpoint,
        uriText,
        uri,
        headers,
        Objects.requireNonNull(newBody, "newBody == null"),
        async,
        attempt);
  }

  /** Returns a copy with one more query parameter, encoded; the name is masked in logs. */
  public ApiRequest withQueryParam(String name, String value) {
    String encoded = UriEncoding.query(name) + "=" + UriEncoding.query(value);
    int hash = uriText.indexOf('#');
    String base = hash < 0 ? uriText : uriText.substring(0, hash);
    String joined = base + (base.indexOf('?') < 0 ? "?" : "&") + encoded;
    return new ApiRequest(endpoint, joined, null, headers, body, async, attempt);
  }

  @Override
  public String toString() {
    return "ApiRequest{" + endpoint.describe() + "}";
  }
}
