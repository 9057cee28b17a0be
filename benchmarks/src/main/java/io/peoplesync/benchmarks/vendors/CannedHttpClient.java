package io.peoplesync.benchmarks.vendors;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} with no network: it reads each request's body from its publisher and
 * answers, on the calling thread, what {@link VendorServer} would answer, through the caller's
 * {@link HttpResponse.BodyHandler}. The SDK and the hand-written calls both run on it in {@link
 * InProcessBenchmark}, so what differs between them is only what each does around the transport.
 */
final class CannedHttpClient extends HttpClient {
  private static final byte[] ACTION = "\"action\"".getBytes(StandardCharsets.UTF_8);
  private static final HttpHeaders JSON = headers("application/json; charset=UTF-8");
  private static final HttpHeaders XML = headers("application/xml; charset=UTF-8");

  private final byte[] pepperPage =
      CannedResponses.pepperPage(0, Workloads.PAGE, Workloads.PAGE, "k" + Workloads.PAGE);
  private final List<Sent> sent;

  /** Creates a client that keeps nothing of what it is sent. */
  CannedHttpClient() {
    this(false);
  }

  /** Creates a client that keeps every request and its body when {@code recording}, for tests. */
  CannedHttpClient(boolean recording) {
    this.sent = recording ? new ArrayList<>() : null;
  }

  /** Returns the requests sent so far, oldest first; empty unless recording. */
  List<Sent> sent() {
    return sent == null ? List.of() : List.copyOf(sent);
  }

  /** One request as sent, with its body bytes. */
  static final class Sent {
    final HttpRequest request;
    final byte[] body;

    Sent(HttpRequest request, byte[] body) {
      this.request = request;
      this.body = body;
    }
  }

  private static HttpHeaders headers(String type) {
    return HttpHeaders.of(
        Map.of("content-type", List.of(type), "date", List.of("Wed, 02 Dec 2026 01:00:00 GMT")),
        (name, value) -> true);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    byte[] body = read(request);
    if (sent != null) {
      sent.add(new Sent(request, body));
    }
    String path = request.uri().getRawPath();
    if (path.startsWith("/pepper/users")) {
      return respond(request, handler, 200, JSON, pepperPage);
    } else if (path.startsWith("/springest/users.json")) {
      return respond(request, handler, 201, JSON, CannedResponses.SPRINGEST_SAVED);
    } else if (path.startsWith("/publisher/api/2/users/")) {
      return respond(request, handler, 200, XML, CannedResponses.PUBLISHER_USER_XML);
    } else if (path.startsWith("/ortec/accounts")) {
      return respond(
          request,
          handler,
          200,
          JSON,
          CannedResponses.ortecResults(VendorServer.count(body, ACTION)));
    } else if (path.startsWith("/spencer/users/")) {
      return respond(request, handler, 200, JSON, CannedResponses.SPENCER_USER);
    }
    throw new IOException("no canned answer for " + path);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return CompletableFuture.completedFuture(send(request, handler));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return sendAsync(request, handler);
  }

  private static byte[] read(HttpRequest request) {
    if (request.bodyPublisher().isEmpty()) {
      return new byte[0];
    }
    List<ByteBuffer> parts = new ArrayList<>();
    request
        .bodyPublisher()
        .get()
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                parts.add(item);
              }

              @Override
              public void onError(Throwable e) {
                throw new IllegalStateException(e);
              }

              @Override
              public void onComplete() {}
            });
    int size = parts.stream().mapToInt(ByteBuffer::remaining).sum();
    ByteBuffer all = ByteBuffer.allocate(size);
    parts.forEach(all::put);
    return all.array();
  }

  private static <T> HttpResponse<T> respond(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      int status,
      HttpHeaders headers,
      byte[] body) {
    HttpResponse.BodySubscriber<T> subscriber =
        handler.apply(
            new HttpResponse.ResponseInfo() {
              @Override
              public int statusCode() {
                return status;
              }

              @Override
              public HttpHeaders headers() {
                return headers;
              }

              @Override
              public Version version() {
                return Version.HTTP_1_1;
              }
            });
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
    subscriber.onComplete();
    T value = subscriber.getBody().toCompletableFuture().join();
    return new Answer<>(request, status, headers, value);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return Optional.empty();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return Optional.empty();
  }

  @Override
  public SSLContext sslContext() {
    throw new UnsupportedOperationException("no TLS in memory");
  }

  @Override
  public SSLParameters sslParameters() {
    throw new UnsupportedOperationException("no TLS in memory");
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return Version.HTTP_1_1;
  }

  @Override
  public Optional<Executor> executor() {
    return Optional.empty();
  }

  /** A response answered from memory. */
  private static final class Answer<T> implements HttpResponse<T> {
    private final HttpRequest request;
    private final int status;
    private final HttpHeaders headers;
    private final T body;

    Answer(HttpRequest request, int status, HttpHeaders headers, T body) {
      this.request = request;
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public int statusCode() {
      return status;
    }

    @Override
    public HttpRequest request() {
      return request;
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return headers;
    }

    @Override
    public T body() {
      return body;
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return request.uri();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }
  }
}
