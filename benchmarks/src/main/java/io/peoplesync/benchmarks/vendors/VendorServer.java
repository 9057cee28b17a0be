package io.peoplesync.benchmarks.vendors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The vendor benchmarks' server, meant to run in its own JVM so that its CPU is not counted as the
 * client's: a JDK {@link HttpServer} on 127.0.0.1 answering, under one path prefix per vendor,
 *
 * <ul>
 *   <li>{@code GET /pepper/users?limit=&startKey=}: pages of Pepper users, {@code pepperUsers} in
 *       all (a cursor on every page but the last, which is short or empty);
 *   <li>{@code POST /springest/users.json}: 201 with the saved user's id;
 *   <li>{@code GET /publisher/api/2/users/{id}}: a Publisher user in XML;
 *   <li>{@code POST /ortec/accounts}: one {@code ok} result per {@code "action"} in the body;
 *   <li>{@code GET /spencer/users/{id}}: a Spencer user.
 * </ul>
 *
 * <p>Usage: {@code java -cp ... io.peoplesync.benchmarks.vendors.VendorServer [pepperUsers]}
 * (default 1,000,000). The first line on stdout is the port; the server runs until stdin closes. It
 * checks nothing about the requests beyond routing: the vendor clients' own tests do that.
 */
public final class VendorServer {
  private static final String JSON = "application/json; charset=UTF-8";
  private static final String XML = "application/xml; charset=UTF-8";
  private static final byte[] ACTION = "\"action\"".getBytes(StandardCharsets.UTF_8);

  private final long pepperUsers;
  private final Map<Long, byte[]> firstPages = new HashMap<>();

  private VendorServer(long pepperUsers) {
    this.pepperUsers = pepperUsers;
  }

  /** Starts the server; see the class documentation. */
  public static void main(String[] args) throws IOException, InterruptedException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    VendorServer vendors = new VendorServer(args.length > 0 ? Long.parseLong(args[0]) : 1_000_000);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/pepper/users", vendors::pepper);
    server.createContext(
        "/springest/users.json",
        exchange -> answer(exchange, 201, JSON, CannedResponses.SPRINGEST_SAVED));
    server.createContext(
        "/publisher/api/2/users/",
        exchange -> answer(exchange, 200, XML, CannedResponses.PUBLISHER_USER_XML));
    server.createContext("/ortec/accounts", VendorServer::ortec);
    server.createContext(
        "/spencer/users/", exchange -> answer(exchange, 200, JSON, CannedResponses.SPENCER_USER));
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();

    CountDownLatch stop = new CountDownLatch(1);
    Thread stdin =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                in.transferTo(OutputStream.nullOutputStream());
              } catch (IOException e) {
                // A broken pipe means the parent is gone: stop as well.
              }
              stop.countDown();
            },
            "vendor-server-stdin");
    stdin.setDaemon(true);
    stdin.start();
    stop.await();
    server.stop(0);
  }

  private void pepper(HttpExchange exchange) throws IOException {
    drain(exchange);
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
    String key = query.get("startKey");
    long from = key == null ? 0 : Long.parseLong(key.substring(1));
    int count = (int) Math.max(0, Math.min(limit, pepperUsers - from));
    // Pepper sends a cursor on a short last page too; an empty page ends the listing either way.
    String next = count == 0 ? null : "k" + (from + count);
    byte[] body;
    if (from == 0) {
      synchronized (firstPages) {
        body =
            firstPages.computeIfAbsent(
                (long) limit, l -> CannedResponses.pepperPage(0, count, limit, next));
      }
    } else {
      body = CannedResponses.pepperPage(from, count, limit, next);
    }
    respond(exchange, 200, JSON, body);
  }

  private static void ortec(HttpExchange exchange) throws IOException {
    byte[] request;
    try (InputStream in = exchange.getRequestBody()) {
      request = in.readAllBytes();
    }
    respond(exchange, 200, JSON, CannedResponses.ortecResults(count(request, ACTION)));
  }

  /** Returns how often {@code needle} occurs in {@code haystack}. */
  static int count(byte[] haystack, byte[] needle) {
    int n = 0;
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      n++;
    }
    return n;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private static void answer(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    drain(exchange);
    respond(exchange, status, type, body);
  }

  private static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
