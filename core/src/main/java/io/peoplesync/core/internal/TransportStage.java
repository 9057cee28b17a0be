package io.peoplesync.core.internal;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.ApiTransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The last stage: sends the request with the JDK {@link HttpClient}, {@code send()} for blocking
 * calls and {@code sendAsync()} for asynchronous ones, and reads the body once as bytes.
 */
public final class TransportStage implements Stage {
  private static final List<String> RESTRICTED =
      List.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient client;
  private final Duration requestTimeout;

  /** Creates the stage over {@code client}; {@code requestTimeout} may be null for none. */
  public TransportStage(HttpClient client, Duration requestTimeout) {
    this.client = client;
    this.requestTimeout = requestTimeout;
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    HttpRequest httpRequest = toHttpRequest(request);
    if (!request.async()) {
      try {
        return CompletableFuture.completedFuture(
            toResponse(client.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CompletableFuture.failedFuture(
            new ApiTransportException(describe(request) + " was interrupted", true, e));
      } catch (IOException | RuntimeException e) {
        return CompletableFuture.failedFuture(transportFailure(request, e));
      }
    }
    return client
        .sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
        .handle(
            (response, error) -> {
              if (error != null) {
                throw transportFailure(request, Async.unwrap(error));
              }
              return toResponse(response);
            });
  }

  private HttpRequest toHttpRequest(ApiRequest request) {
    Optional<RequestBody> body = request.body();
    HttpRequest.BodyPublisher publisher =
        body.isPresent()
            ? HttpRequest.BodyPublishers.ofByteArray(body.get().bytes())
            : HttpRequest.BodyPublishers.noBody();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri()).method(request.method().name(), publisher);
    if ("http".equalsIgnoreCase(request.uri().getScheme())) {
      // The JDK would otherwise try an h2c upgrade on every plain-http request.
      b.version(HttpClient.Version.HTTP_1_1);
    }
    if (requestTimeout != null) {
      b.timeout(requestTimeout);
    }
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      if (restricted(h.getKey())) {
        continue;
      }
      for (String v : h.getValue()) {
        b.header(h.getKey(), v);
      }
    }
    if (body.isPresent() && request.header("Content-Type").isEmpty()) {
      b.header("Content-Type", body.get().contentType());
    }
    return b.build();
  }

  // Compared without lower-casing a copy of every header name of every request.
  private static boolean restricted(String name) {
    for (String r : RESTRICTED) {
      if (r.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static ApiResponse toResponse(HttpResponse<byte[]> response) {
    return ApiResponse.of(response.statusCode(), response.headers(), response.body());
  }

  private static ApiTransportException transportFailure(ApiRequest request, Throwable e) {
    if (e instanceof ApiTransportException) {
      return (ApiTransportException) e;
    }
    if (e instanceof ApiException) {
      throw (ApiException) e;
    }
    boolean neverSent =
        e instanceof HttpConnectTimeoutException
            || e instanceof ConnectException
            || e instanceof UnresolvedAddressException
            || e.getCause() instanceof ConnectException
            || e.getCause() instanceof UnresolvedAddressException;
    String what =
        e instanceof HttpTimeoutException
            ? (neverSent ? "timed out connecting" : "timed out")
            : neverSent ? "could not connect" : "failed: " + e.getClass().getSimpleName();
    return new ApiTransportException(describe(request) + " " + what, !neverSent, e);
  }

  private static String describe(ApiRequest request) {
    return request.endpoint().describe();
  }
}
