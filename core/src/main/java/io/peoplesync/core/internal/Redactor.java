package io.peoplesync.core.internal;

import io.peoplesync.core.InterceptedRequest;
import io.peoplesync.core.InterceptedResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Masks what must not be shown, by allow-list: only known-safe headers and the query names an
 * endpoint declares are printed; every other value becomes {@code ****}. Also scrubs known secret
 * values out of free text such as error bodies.
 */
public final class Redactor {
  /** The mask written in place of a hidden value. */
  public static final String MASK = "****";

  private static final Set<String> SAFE_HEADERS =
      Set.of(
          "accept",
          "accept-encoding",
          "cache-control",
          "content-encoding",
          "content-length",
          "content-type",
          "date",
          "etag",
          "location",
          "request-id",
          "retry-after",
          "user-agent",
          "x-api-version",
          "x-ratelimit-limit",
          "x-ratelimit-remaining",
          "x-ratelimit-reset",
          "x-request-id");

  private final Supplier<Collection<String>> secrets;

  /** Creates a redactor that also scrubs the values {@code secrets} returns at the time. */
  public Redactor(Supplier<Collection<String>> secrets) {
    this.secrets = secrets;
  }

  private static final List<String> CREDENTIAL_WORDS =
      List.of("auth", "token", "key", "secret", "password", "cookie", "session", "signature");

  /** Returns whether header {@code name} may be logged as is. */
  public static boolean safeHeader(String name) {
    return SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Returns the headers as {@code name: value} text with unsafe values masked. */
  public static String headers(Map<String, List<String>> headers) {
    StringBuilder sb = new StringBuilder();
    headers.forEach(
        (name, values) -> {
          if (sb.length() > 0) {
            sb.append(", ");
          }
          sb.append(name).append(": ").append(safeHeader(name) ? String.join(",", values) : MASK);
        });
    return "[" + sb + "]";
  }

  /** Returns the request URI with the value of every undeclared query parameter masked. */
  public static String uri(ApiRequest request) {
    URI uri = request.uri();
    StringBuilder sb = new StringBuilder();
    sb.append(uri.getScheme()).append("://").append(uri.getRawAuthority()).append(uri.getRawPath());
    String query = uri.getRawQuery();
    if (query != null) {
      Set<String> safe = request.endpoint().queryNames();
      char sep = '?';
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
        sb.append(sep).append(name);
        if (eq >= 0) {
          sb.append('=').append(safe.contains(decoded) ? pair.substring(eq + 1) : MASK);
        }
        sep = '&';
      }
    }
    return sb.toString();
  }

  /**
   * Returns what an interceptor may see of {@code request}: the URI as {@link #uri} shows it and
   * the headers with credential-like names masked and every known secret scrubbed.
   */
  public InterceptedRequest view(ApiRequest request) {
    return InterceptedRequest.of(
        request.endpoint(),
        scrub(uri(request)),
        maskCredentials(request.headers()),
        request.attempt(),
        request.async());
  }

  /** Returns what an interceptor may see of {@code response}: status and masked headers. */
  public InterceptedResponse view(ApiResponse response) {
    return new InterceptedResponse(
        response.statusCode(), maskCredentials(response.headers()), response.body().length);
  }

  private Map<String, List<String>> maskCredentials(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          boolean credential =
              !safeHeader(lower) && CREDENTIAL_WORDS.stream().anyMatch(lower::contains);
          List<String> shown = new ArrayList<>(values.size());
          for (String v : values) {
            shown.add(credential ? MASK : scrub(v));
          }
          out.put(name, shown);
        });
    return out;
  }

  /** Returns {@code text} with every known secret value, plain or URL-encoded, masked. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets.get()) {
      if (secret == null || secret.length() < 4) {
        continue;
      }
      out = out.replace(secret, MASK);
      String encoded = UriEncoding.query(secret);
      if (!encoded.equals(secret)) {
        out = out.replace(encoded, MASK);
      }
    }
    return out;
  }
}
