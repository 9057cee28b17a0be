package io.peoplesync.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An embedded HTTP server on a free loopback port that plays one vendor: the base of every fake.
 *
 * <p>Requests are handled one at a time (a lock around {@link #handle}), so a fake's state needs no
 * further synchronisation. Every request is recorded; {@link #failNext} injects faults before the
 * fake's own logic runs. Start with {@link #start()}, stop with {@link #close()}.
 */
public abstract class FakeServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK server's small answers wait ~40 ms for delayed ACKs.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Fault> pendingFaults = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private HttpServer server;
  private ExecutorService executor;

  /** Creates a stopped fake. */
  protected FakeServer() {}

  /**
   * Starts the server on 127.0.0.1 and a free port; idempotent.
   *
   * @throws IllegalStateException if the port cannot be bound
   */
  public FakeServer start() {
    lock.lock();
    try {
      if (server != null) {
        return this;
      }
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, getClass().getSimpleName() + "-http");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      server.createContext("/", this::exchange);
      server.start();
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + getClass().getSimpleName(), e);
    } finally {
      lock.unlock();
    }
  }

  /** Returns the URI a client's {@code baseUri} is set to. */
  public URI baseUri() {
    if (server == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " is not started");
    }
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath());
  }

  /** Returns the path prefix of the vendor's API on this fake; empty by default. */
  protected String basePath() {
    return "";
  }

  /** Makes the next {@code count} requests fail with {@code fault} before reaching the fake. */
  public void failNext(int count, Fault fault) {
    lock.lock();
    try {
      for (int i = 0; i < count; i++) {
        pendingFaults.add(fault);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Returns every request received so far, faults included, in order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Answers one request; called under the fake's lock, after faults. */
  protected abstract FakeResponse handle(RecordedRequest request);

  @Override
  public void close() {
    lock.lock();
    try {
      if (server != null) {
        server.stop(0);
        executor.shutdownNow();
        awaitQuietly();
        server = null;
      }
    } finally {
      lock.unlock();
    }
  }

  private void awaitQuietly() {
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readAllBytes();
      URI uri = ex.getRequestURI();
      RecordedRequest request =
          new RecordedRequest(
              ex.getRequestMethod(),
              stripBase(uri.getRawPath()),
              uri.getRawQuery(),
              ex.getRequestHeaders(),
              body);
      requests.add(request);
      FakeResponse response;
      lock.lock();
      try {
        Fault fault = pendingFaults.isEmpty() ? null : pendingFaults.remove(0);
        if (fault == Fault.DROP_CONNECTION) {
          ex.close();
          return;
        }
        response =
            fault == Fault.RATE_LIMITED
                ? FakeResponse.json(429, java.util.Map.of("error", "rate limited"))
                    .withHeader("Retry-After", "1")
                : fault == Fault.UNAVAILABLE
                    ? FakeResponse.json(503, java.util.Map.of("error", "unavailable"))
                    : handle(request);
      } catch (RuntimeException bug) {
        response = FakeResponse.json(500, java.util.Map.of("error", String.valueOf(bug)));
      } finally {
        lock.unlock();
      }
      send(ex, response);
    }
  }

  private String stripBase(String rawPath) {
    String base = basePath();
    return !base.isEmpty() && rawPath.startsWith(base) ? rawPath.substring(base.length()) : rawPath;
  }

  private static void send(HttpExchange ex, FakeResponse response) throws IOException {
    response.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    boolean noBody = response.body().length == 0 || "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(response.body());
      }
    }
    ex.close();
  }
}
