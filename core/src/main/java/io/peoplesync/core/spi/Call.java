package io.peoplesync.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-call inputs of an {@link Endpoint}: path variables, query parameters, headers and body.
 *
 * <p>Immutable: every {@code with…} method returns a new call.
 *
 * <pre>{@code
 * api.execute(UPDATE_USER, Call.path("userId", id).withBody(user));
 * }</pre>
 *
 * @param <I> the body type
 */
public final class Call<I> {
  private static final Call<Void> EMPTY =
      new Call<>(Collections.emptyMap(), Collections.emptyList(), Collections.emptyMap(), null);

  private final Map<String, String> pathParams;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final I body;

  private Call(
      Map<String, String> pathParams,
      List<Map.Entry<String, String>> query,
      Map<String, String> headers,
      I body) {
    this.pathParams = pathParams;
    this.query = query;
    this.headers = headers;
    this.body = body;
  }

  /** Returns a call with no inputs. */
  public static Call<Void> empty() {
    return EMPTY;
  }

  /** Returns a call with the one path variable {@code name}. */
  public static Call<Void> path(String name, String value) {
    return EMPTY.withPath(name, value);
  }

  /** Returns a call with only a body. */
  public static <J> Call<J> body(J body) {
    return EMPTY.withBody(body);
  }

  /** Returns a copy with the path variable {@code name} set; its value is encoded when sent. */
  public Call<I> withPath(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, () -> name + " == null");
    Map<String, String> copy = new LinkedHashMap<>(pathParams);
    copy.put(name, value);
    return new Call<>(Collections.unmodifiableMap(copy), query, headers, body);
  }

  /**
   * Returns a copy with one more query parameter; repeated names are sent in order. A value already
   * set for {@code name} is kept: use {@link #replaceQuery} to change it.
   */
  public Call<I> withQuery(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, () -> name + " == null");
    List<Map.Entry<String, String>> copy = new ArrayList<>(query);
    copy.add(Map.entry(name, value));
    return new Call<>(pathParams, Collections.unmodifiableList(copy), headers, body);
  }

  /** Returns a copy with {@code value} as the only value of query parameter {@code name}. */
  public Call<I> replaceQuery(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, () -> name + " == null");
    List<Map.Entry<String, String>> copy = new ArrayList<>();
    boolean replaced = false;
    for (Map.Entry<String, String> e : query) {
      if (!e.getKey().equals(name)) {
        copy.add(e);
      } else if (!replaced) {
        copy.add(Map.entry(name, value));
        replaced = true;
      }
    }
    if (!replaced) {
      copy.add(Map.entry(name, value));
    }
    return new Call<>(pathParams, Collections.unmodifiableList(copy), headers, body);
  }

  /** Returns a copy with the optional query parameter set only when {@code value} is present. */
  public Call<I> withQuery(String name, Optional<?> value) {
    return value.isPresent() ? withQuery(name, String.valueOf(value.get())) : this;
  }

  /** Returns a copy with one more header, sent as given (never log-safe unless allow-listed). */
  public Call<I> withHeader(String name, String value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, () -> name + " == null");
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Call<>(pathParams, query, Collections.unmodifiableMap(copy), body);
  }

  /** Returns a copy that sends {@code body}. */
  public <J> Call<J> withBody(J body) {
    Objects.requireNonNull(body, "body == null");
    return new Call<>(pathParams, query, headers, body);
  }

  /** Returns the path variables. */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /** Returns the query parameters, in order. */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** Returns the first value of query parameter {@code name}. */
  public Optional<String> query(String name) {
    for (Map.Entry<String, String> e : query) {
      if (e.getKey().equals(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** Returns the extra headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the body, if any. */
  public Optional<I> body() {
    return Optional.ofNullable(body);
  }

  @Override
  public String toString() {
    return "Call{path="
        + pathParams.keySet()
        + ", query="
        + query.size()
        + " params, body="
        + (body == null ? "none" : body.getClass().getSimpleName())
        + "}";
  }
}
