package io.peoplesync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One request a fake received: method, decoded path and query, headers and body. */
public final class RecordedRequest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String method;
  private final String rawPath;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  RecordedRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    this.method = method;
    this.rawPath = rawPath;
    this.query = Collections.unmodifiableMap(parseQuery(rawQuery));
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(lower);
    this.body = body;
  }

  /** Returns the HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the path as sent, still percent-encoded. */
  public String rawPath() {
    return rawPath;
  }

  /** Returns the path split into decoded segments, without the leading empty one. */
  public List<String> segments() {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Returns the decoded query parameters. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** Returns the first value of query parameter {@code name}. */
  public Optional<String> queryParam(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Returns the first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Returns the body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the body parsed as JSON.
   *
   * @throws UncheckedIOException if it is not JSON
   */
  public JsonNode jsonBody() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + rawPath;
  }
}
