package io.peoplesync.core;

import java.util.Objects;
import java.util.Set;

/**
 * What every part of a call may know about the operation it runs: name, vendor, method and path
 * template. Never a URL, a value or a secret, so it is safe in logs, events and messages.
 *
 * <p>Endpoint names have the form {@code <vendor>.<group>.<operation>} ({@code
 * spencer.users.create}); the vendor is the part before the first dot.
 */
public class EndpointInfo {
  private final String name;
  private final HttpMethod method;
  private final String pathTemplate;
  private final Set<String> queryNames;
  private final boolean idempotent;

  /** Creates the description; {@code queryNames} are the declared (log-safe) query names. */
  protected EndpointInfo(
      String name,
      HttpMethod method,
      String pathTemplate,
      Set<String> queryNames,
      boolean idempotent) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.method = Objects.requireNonNull(method, "method == null");
    this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    this.queryNames = Set.copyOf(queryNames);
    this.idempotent = idempotent;
  }

  /** Returns the name used in messages and logs, for example {@code spencer.users.create}. */
  public final String name() {
    return name;
  }

  /** Returns the vendor: the endpoint name up to its first dot ({@code spencer}). */
  public final String vendor() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** Returns the HTTP method. */
  public final HttpMethod method() {
    return method;
  }

  /** Returns the path template, for example {@code /users/{userId}}; empty for the base URI. */
  public final String path() {
    return pathTemplate;
  }

  /** Returns the query parameter names this endpoint declares (shown unmasked in logs). */
  public final Set<String> queryNames() {
    return queryNames;
  }

  /** Returns whether the core may repeat this call after it reached the server. */
  public final boolean idempotent() {
    return idempotent;
  }

  /**
   * Returns {@code "METHOD /template [name]"}, the one way the SDK names a call in messages; an
   * empty template reads {@code (base URI)}.
   */
  public final String describe() {
    return describe(method.name(), pathTemplate, "", name);
  }

  /**
   * Returns {@code "METHOD /template<detail> [name]"}; {@code detail} (for example {@code " -> 404
   * Not Found"}) goes between template and name.
   */
  public static String describe(String method, String pathTemplate, String detail, String name) {
    return method
        + " "
        + (pathTemplate.isEmpty() ? "(base URI)" : pathTemplate)
        + detail
        + " ["
        + name
        + "]";
  }

  @Override
  public String toString() {
    return describe();
  }
}
