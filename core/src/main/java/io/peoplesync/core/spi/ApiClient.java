package io.peoplesync.core.spi;

import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.MediaType;
import io.peoplesync.core.Page;
import io.peoplesync.core.Paged;
import io.peoplesync.core.Paging;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.RawBody;
import io.peoplesync.core.RawResponse;
import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import io.peoplesync.core.internal.Async;
import io.peoplesync.core.internal.Codec;
import io.peoplesync.core.internal.Codecs;
import io.peoplesync.core.internal.ErrorMapper;
import io.peoplesync.core.internal.Pipeline;
import io.peoplesync.core.internal.Redactor;
import io.peoplesync.core.internal.RequestBody;
import io.peoplesync.core.internal.UriEncoding;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Executes {@link Endpoint}s: the one engine under every vendor client.
 *
 * <p>A call runs through the client's {@link Pipeline} (call events, the user's interceptors,
 * retry, auth, network interceptors, attempt events, logging, decompression, transport), then a
 * non-2xx status becomes an {@link io.peoplesync.core.ApiResponseException} subclass and a 2xx body
 * is decoded by its actual {@code Content-Type}. Blocking calls run entirely on the caller's
 * thread; {@code …Async} calls never block. Invalid inputs (a blank path variable, an undeclared
 * query name) throw {@link IllegalArgumentException} before anything is sent, in both modes.
 *
 * <p>Build one per vendor client and share it: it is immutable and thread-safe.
 */
public final class ApiClient {
  private static final List<String> ACCEPT_ENCODING = List.of("gzip, deflate");

  private final String base;
  private final ClientOptions options;
  private final MediaFormat format;
  private final Codecs codecs;
  private final ErrorMapper errors;
  private final Pipeline pipeline;

  private ApiClient(Builder b) {
    this.options = b.options;
    String uri = b.options.baseUri().toString();
    this.base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    this.format = b.format;
    this.codecs = new Codecs();
    AuthStrategy auth = b.auth;
    Redactor redactor = new Redactor(auth::secrets);
    this.errors = new ErrorMapper(codecs, b.errorParser::parse, redactor, options.clock());
    this.pipeline = Pipeline.build(options, auth, redactor);
  }

  /** Returns a builder over the shared settings. */
  public static Builder builder(ClientOptions options) {
    return new Builder(options);
  }

  /** Returns the settings this client was built with. */
  public ClientOptions options() {
    return options;
  }

  /** Returns the client's default wire format. */
  public MediaFormat format() {
    return format;
  }

  /**
   * Executes {@code endpoint} on the caller's thread.
   *
   * @throws io.peoplesync.core.ApiException on any failure of the call
   * @throws IllegalArgumentException if the call's inputs are invalid; nothing was sent
   */
  public <I, O> O execute(Endpoint<I, O> endpoint, Call<I> call) {
    return Async.join(run(endpoint, call, false));
  }

  /**
   * Executes {@code endpoint} without blocking; the future fails with the exceptions {@link
   * #execute} throws.
   *
   * @throws IllegalArgumentException if the call's inputs are invalid; nothing was sent
   */
  public <I, O> CompletableFuture<O> executeAsync(Endpoint<I, O> endpoint, Call<I> call) {
    return run(endpoint, call, true);
  }

  /**
   * Returns a lazy listing: no request is made until iteration starts, and each next page only when
   * iteration reaches it.
   */
  public <O, T> Paged<T> paged(Endpoint<Void, O> endpoint, Call<Void> first, Paging<O, T> paging) {
    prepare(endpoint, first, false);
    return Paged.of(cursor -> fetchPage(endpoint, first, paging, cursor));
  }

  /**
   * Fetches the first page without blocking; later pages are fetched lazily, blocking, as the
   * returned listing is iterated.
   */
  public <O, T> CompletableFuture<Paged<T>> pagedAsync(
      Endpoint<Void, O> endpoint, Call<Void> first, Paging<O, T> paging) {
    return executeAsync(endpoint, first)
        .thenApply(
            response ->
                Paged.startingWith(
                    paging.page(first::query, response),
                    cursor -> fetchPage(endpoint, first, paging, cursor)));
  }

  private <O, T> Page<T> fetchPage(
      Endpoint<Void, O> endpoint, Call<Void> first, Paging<O, T> paging, Optional<String> cursor) {
    Call<Void> call = cursor.map(c -> first.replaceQuery(paging.cursorParam(), c)).orElse(first);
    return paging.page(call::query, execute(endpoint, call));
  }

  /** Returns the raw escape hatch over this client's pipeline. */
  public RawApi raw() {
    return new RawApi() {
      @Override
      public RawResponse send(HttpMethod method, String path, Optional<RawBody> body) {
        return raw(method, path, body, false).join();
      }

      @Override
      public CompletableFuture<RawResponse> sendAsync(
          HttpMethod method, String path, Optional<RawBody> body) {
        return raw(method, path, body, true);
      }
    };
  }

  private CompletableFuture<RawResponse> raw(
      HttpMethod method, String path, Optional<RawBody> body, boolean async) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/'");
    }
    int q = path.indexOf('?');
    String template = (q < 0 ? path : path.substring(0, q)).replace("{", "%7B").replace("}", "%7D");
    Endpoint.Builder<Void> b = Endpoint.of("raw", method, template);
    Endpoint<Void, RawResponse> endpoint = b.returnsRaw();
    String uri = URI.create(base + path.replace("{", "%7B").replace("}", "%7D")).toString();
    ApiRequest request = request(endpoint, uri, Map.of(), body.map(v -> (Object) v), async);
    CompletableFuture<RawResponse> f = send(request).thenApply(r -> handle(endpoint, r));
    return async ? f : CompletableFuture.completedFuture(Async.join(f));
  }

  private <I, O> CompletableFuture<O> run(Endpoint<I, O> endpoint, Call<I> call, boolean async) {
    ApiRequest request = prepare(endpoint, call, async);
    return send(request).thenApply(response -> handle(endpoint, response));
  }

  private CompletableFuture<ApiResponse> send(ApiRequest request) {
    return pipeline.send(request);
  }

  private <I, O> ApiRequest prepare(Endpoint<I, O> endpoint, Call<I> call, boolean async) {
    StringBuilder uri = new StringBuilder(base).append(endpoint.expand(call.pathParams()));
    char sep = '?';
    for (Map.Entry<String, String> q : call.query()) {
      if (!endpoint.queryNames().contains(q.getKey())) {
        throw new IllegalArgumentException(
            "query parameter " + q.getKey() + " is not declared by endpoint " + endpoint.name());
      }
      uri.append(sep)
          .append(UriEncoding.query(q.getKey()))
          .append('=')
          .append(UriEncoding.query(q.getValue()));
      sep = '&';
    }
    return request(
        endpoint, uri.toString(), call.headers(), call.body().map(v -> (Object) v), async);
  }

  private ApiRequest request(
      Endpoint<?, ?> endpoint,
      String uri,
      Map<String, String> callHeaders,
      Optional<Object> body,
      boolean async) {
    MediaFormat f = endpoint.format().orElse(format);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("User-Agent", List.of(options.userAgent()));
    headers.put("Accept", List.of(f.mimeType()));
    // Set here so the decompression stage need not copy the headers to add it.
    headers.put("Accept-Encoding", ACCEPT_ENCODING);
    endpoint.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    callHeaders.forEach((k, v) -> headers.put(k, List.of(v)));
    Optional<RequestBody> requestBody =
        body.map(v -> RequestBody.of(v, codecs.forFormat(f), endpoint.rootName()));
    return ApiRequest.owning(endpoint, uri, headers, requestBody, async);
  }

  @SuppressWarnings("unchecked")
  private <O> O handle(Endpoint<?, O> endpoint, ApiResponse response) {
    Endpoint.ResponseKind kind = endpoint.responseKind();
    if (!response.successful()) {
      if (response.statusCode() == 404 && kind == Endpoint.ResponseKind.EXISTS) {
        return (O) Boolean.FALSE;
      }
      if (response.statusCode() == 404 && kind == Endpoint.ResponseKind.OPTIONAL) {
        return (O) Optional.empty();
      }
      throw errors.map(endpoint, response);
    }
    MediaType type = MediaType.parse(response.header("content-type").orElse(null));
    switch (kind) {
      case NONE:
        return null;
      case EXISTS:
        return (O) Boolean.TRUE;
      case RAW:
        return (O)
            new RawResponse(
                response.statusCode(),
                response.headers(),
                new String(response.body(), type.charset()));
      case OPTIONAL:
        if (isEmpty(response.body())) {
          return (O) Optional.empty();
        }
        return (O) Optional.ofNullable(decode(endpoint, response, type));
      case BODY_IF_ANY:
        if (isEmpty(response.body()) || isEmptyObject(response.body())) {
          return (O) Optional.empty();
        }
        return (O) Optional.ofNullable(decode(endpoint, response, type));
      default:
        if (response.body().length == 0) {
          throw new ApiSerializationException(
              "expected a response body from "
                  + endpoint.name()
                  + " but got none (status "
                  + response.statusCode()
                  + ")",
              null);
        }
        return decode(endpoint, response, type);
    }
  }

  private <O> O decode(Endpoint<?, ?> endpoint, ApiResponse response, MediaType type) {
    Codec codec = codecs.forResponse(type, "");
    if (codec == null) {
      codec =
          codecs.forResponse(
              type,
              new String(
                  response.body(),
                  0,
                  Math.min(64, response.body().length),
                  StandardCharsets.ISO_8859_1));
    }
    if (codec == null) {
      codec = codecs.forFormat(endpoint.format().orElse(format));
    }
    try {
      return codec.read(response.body(), type.charset(), endpoint.responseType());
    } catch (ApiSerializationException e) {
      throw new ApiSerializationException(endpoint.name() + ": " + e.getMessage(), e.getCause());
    }
  }

  private static boolean isEmpty(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8).strip();
    return s.isEmpty() || s.equals("null");
  }

  private static boolean isEmptyObject(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8).strip();
    return s.startsWith("{") && s.endsWith("}") && s.substring(1, s.length() - 1).isBlank();
  }

  @Override
  public String toString() {
    return "ApiClient{base=" + base + ", format=" + format + "}";
  }

  /** Builds an {@link ApiClient}. */
  public static final class Builder {
    private final ClientOptions options;
    private AuthStrategy auth = AuthStrategy.none();
    private MediaFormat format = MediaFormat.JSON;
    private ErrorDetailsParser errorParser = ErrorDetailsParser.none();

    private Builder(ClientOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
    }

    /** Sets how requests are authenticated; none by default. */
    public Builder auth(AuthStrategy auth) {
      this.auth = Objects.requireNonNull(auth, "auth == null");
      return this;
    }

    /** Sets the default wire format; JSON by default. */
    public Builder format(MediaFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /** Sets the parser of the vendor's error bodies. */
    public Builder errorParser(ErrorDetailsParser errorParser) {
      this.errorParser = Objects.requireNonNull(errorParser, "errorParser == null");
      return this;
    }

    /** Returns the client. */
    public ApiClient build() {
      return new ApiClient(this);
    }
  }
}
