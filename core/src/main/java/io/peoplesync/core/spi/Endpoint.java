package io.peoplesync.core.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import io.peoplesync.core.EndpointInfo;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawResponse;
import io.peoplesync.core.internal.PathTemplate;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Describes one vendor operation once: method, path template, query names, body and response types,
 * and whether repeating it is safe.
 *
 * <p>Vendor modules keep their endpoints as constants and hand them to {@link ApiClient}; the core
 * does the rest. The path template is parsed here, once. Query names must be declared, which also
 * makes them safe to show in logs: every undeclared query parameter (such as an API key) is masked.
 *
 * <pre>{@code
 * static final Endpoint<SpencerUser, SpencerUser> UPDATE =
 *     Endpoint.put("spencer.users.update", "/users/{userId}")
 *         .body(SpencerUser.class)
 *         .returns(SpencerUser.class);
 * }</pre>
 *
 * @param <I> the request body type, {@code Void} for none
 * @param <O> what a call returns
 */
public final class Endpoint<I, O> extends EndpointInfo {
  /** How the core turns a successful response into {@code O}. */
  public enum ResponseKind {
    /** Decode the body into the response type; an empty body is an error. */
    BODY,
    /** Ignore the body; the call returns {@code null} typed as {@code Void}. */
    NONE,
    /**
     * Answer {@code true} for a 2xx and {@code false} for a 404 ({@code HEAD} existence checks).
     */
    EXISTS,
    /** Decode into {@code Optional}: a 404 or an empty body is {@code Optional.empty()}. */
    OPTIONAL,
    /**
     * Decode into {@code Optional}: an empty body, {@code null} or {@code {}} is {@code
     * Optional.empty()} (a write answered without its result); error statuses throw as for {@code
     * BODY}.
     */
    BODY_IF_ANY,
    /** Return the status, headers and body text as a {@link RawResponse}. */
    RAW
  }

  private final PathTemplate path;
  private final Map<String, String> headers;
  private final Type responseType;
  private final ResponseKind responseKind;
  private final MediaFormat format;
  private final String rootName;

  private Endpoint(Builder<I> b, Type responseType, ResponseKind kind) {
    super(
        b.name,
        b.method,
        b.path.toString(),
        b.queryNames,
        b.idempotent != null ? b.idempotent : b.method.idempotent());
    this.path = b.path;
    this.headers = Map.copyOf(b.headers);
    this.responseType = responseType;
    this.responseKind = kind;
    this.format = b.format;
    this.rootName = b.rootName;
  }

  /** Starts a GET endpoint. */
  public static Builder<Void> get(String name, String pathTemplate) {
    return new Builder<>(name, HttpMethod.GET, pathTemplate);
  }

  /** Starts a HEAD endpoint. */
  public static Builder<Void> head(String name, String pathTemplate) {
    return new Builder<>(name, HttpMethod.HEAD, pathTemplate);
  }

  /** Starts a POST endpoint; not idempotent unless declared so. */
  public static Builder<Void> post(String name, String pathTemplate) {
    return new Builder<>(name, HttpMethod.POST, pathTemplate);
  }

  /** Starts a PUT endpoint. */
  public static Builder<Void> put(String name, String pathTemplate) {
    return new Builder<>(name, HttpMethod.PUT, pathTemplate);
  }

  /** Starts a PATCH endpoint; not idempotent unless declared so. */
  public static Builder<Void> patch(String name, String pathTemplate) {
    return new Builder<>(name, HttpMethod.PATCH, pathTemplate);
  }

  /** Starts a DELETE endpoint. */
  public static Builder<Void> delete(String name, String pathTemplate) {
    return new Builder<>(name, HttpMethod.DELETE, pathTemplate);
  }

  /** Starts an endpoint with any method. */
  public static Builder<Void> of(String name, HttpMethod method, String pathTemplate) {
    return new Builder<>(name, method, pathTemplate);
  }

  /** Returns the encoded path with every variable of {@code pathParams} filled in. */
  String expand(Map<String, String> pathParams) {
    return path.expand(pathParams);
  }

  /** Returns fixed headers sent on every call of this endpoint. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the type the body decodes into (for {@code OPTIONAL}, the type inside). */
  public Type responseType() {
    return responseType;
  }

  /** Returns how a successful response becomes the call's result. */
  public ResponseKind responseKind() {
    return responseKind;
  }

  /** Returns the format this endpoint always uses, overriding the client's choice. */
  public Optional<MediaFormat> format() {
    return Optional.ofNullable(format);
  }

  /** Returns the root element name written for XML bodies, when the endpoint sets one. */
  public Optional<String> rootName() {
    return Optional.ofNullable(rootName);
  }

  @Override
  public String toString() {
    return name() + " " + method() + " " + path();
  }

  /**
   * Builds an {@link Endpoint}; a {@code returns…} method ends the description.
   *
   * @param <I> the request body type so far
   */
  public static final class Builder<I> {
    private final String name;
    private final HttpMethod method;
    private final PathTemplate path;
    private final Set<String> queryNames = new LinkedHashSet<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Boolean idempotent;
    private MediaFormat format;
    private String rootName;

    private Builder(String name, HttpMethod method, String pathTemplate) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.method = Objects.requireNonNull(method, "method == null");
      this.path = PathTemplate.parse(Objects.requireNonNull(pathTemplate, "pathTemplate == null"));
    }

    /** Declares the request body type. */
    @SuppressWarnings("unchecked")
    public <J> Builder<J> body(Class<J> type) {
      Objects.requireNonNull(type, "type == null");
      return (Builder<J>) this;
    }

    /** Declares the request body type when it is generic. */
    @SuppressWarnings("unchecked")
    public <J> Builder<J> body(TypeReference<J> type) {
      Objects.requireNonNull(type, "type == null");
      return (Builder<J>) this;
    }

    /** Declares query parameter names the endpoint accepts (shown unmasked in logs). */
    public Builder<I> query(String... names) {
      for (String n : names) {
        queryNames.add(Objects.requireNonNull(n, "query name == null"));
      }
      return this;
    }

    /** Adds a fixed header sent on every call; never use it for a secret. */
    public Builder<I> header(String headerName, String value) {
      headers.put(
          Objects.requireNonNull(headerName, "headerName == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** Declares whether repeating the call after it reached the server is safe. */
    public Builder<I> idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Fixes the wire format of this endpoint, whatever the client's format. */
    public Builder<I> format(MediaFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /** Sets the root element name of XML request bodies (for example {@code user}). */
    public Builder<I> rootName(String rootName) {
      this.rootName = Objects.requireNonNull(rootName, "rootName == null");
      return this;
    }

    /** Ends the description: the body decodes into {@code type}. */
    public <O> Endpoint<I, O> returns(Class<O> type) {
      return new Endpoint<>(this, Objects.requireNonNull(type, "type == null"), ResponseKind.BODY);
    }

    /** Ends the description: the body decodes into the generic {@code type}. */
    public <O> Endpoint<I, O> returns(TypeReference<O> type) {
      return new Endpoint<>(this, type.getType(), ResponseKind.BODY);
    }

    /** Ends the description: 404 or an empty body give {@code Optional.empty()}. */
    public <O> Endpoint<I, Optional<O>> returnsOptional(Class<O> type) {
      return new Endpoint<>(
          this, Objects.requireNonNull(type, "type == null"), ResponseKind.OPTIONAL);
    }

    /** Ends the description like {@link #returnsOptional(Class)}, for a generic type. */
    public <O> Endpoint<I, Optional<O>> returnsOptional(TypeReference<O> type) {
      return new Endpoint<>(this, type.getType(), ResponseKind.OPTIONAL);
    }

    /**
     * Ends the description: the body decodes into {@code type} when there is one; an empty body,
     * {@code null} or {@code {}} gives {@code Optional.empty()}, and a 404 still throws. For writes
     * that a vendor may answer without the stored result.
     */
    public <O> Endpoint<I, Optional<O>> returnsBodyIfAny(Class<O> type) {
      return new Endpoint<>(
          this, Objects.requireNonNull(type, "type == null"), ResponseKind.BODY_IF_ANY);
    }

    /** Ends the description: the body is ignored. */
    public Endpoint<I, Void> returnsNothing() {
      return new Endpoint<>(this, Void.class, ResponseKind.NONE);
    }

    /** Ends the description: 2xx gives {@code true}, 404 gives {@code false}. */
    public Endpoint<I, Boolean> returnsExists() {
      return new Endpoint<>(this, Boolean.class, ResponseKind.EXISTS);
    }

    /** Ends the description: the call returns the raw response. */
    public Endpoint<I, RawResponse> returnsRaw() {
      return new Endpoint<>(this, RawResponse.class, ResponseKind.RAW);
    }
  }
}
