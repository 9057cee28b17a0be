package io.peoplesync.benchmarks.calls;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's server, meant to run in its own JVM so that its CPU is not counted as the
 * client's: a JDK {@link HttpServer} on 127.0.0.1 serving
 *
 * <ul>
 *   <li>{@code GET /users/{id}}: a fixed user of about 1 KB of JSON;
 *   <li>{@code POST /users}: the request body echoed back with status 201;
 *   <li>{@code /shutdown}: stops the server.
 * </ul>
 *
 * <p>Usage: {@code java -cp ... io.peoplesync.benchmarks.EchoServer [port]} (0 or none: any free
 * port). The first line on stdout is the port; the server then runs until stdin closes or {@code
 * /shutdown} is requested. Only the JDK is needed on the class path.
 */
public final class EchoServer {
  /** The user {@code GET /users/{id}} returns, whatever the id; {@link BenchUser} reads it. */
  static final String USER_JSON =
      "{\"id\":\"usr_01HZX4D6Q8M3V7K2N9P5R1T0WB\","
          + "\"external_id\":\"EMP-0004711\","
          + "\"email\":\"margaretha.van.der.heijden@example-corp.nl\","
          + "\"first_name\":\"Margaretha\","
          + "\"last_name\":\"van der Heijden\","
          + "\"display_name\":\"Margaretha van der Heijden\","
          + "\"job_title\":\"Senior Learning & Development Consultant\","
          + "\"department\":\"People Operations\","
          + "\"cost_center\":\"CC-4410-NL-AMS\","
          + "\"manager_id\":\"usr_01HZX4C2B7F5J8L0M3N6P9Q2RS\","
          + "\"locale\":\"nl-NL\","
          + "\"time_zone\":\"Europe/Amsterdam\","
          + "\"active\":true,"
          + "\"employment_type\":\"full_time\","
          + "\"hire_date\":\"2019-03-01\","
          + "\"roles\":[\"employee\",\"course_admin\",\"report_viewer\"],"
          + "\"phone\":\"+31 20 555 0147\","
          + "\"address\":{\"street\":\"Keizersgracht 123\",\"postal_code\":\"1015 CJ\","
          + "\"city\":\"Amsterdam\",\"country\":\"NL\"},"
          + "\"custom_fields\":{\"badge_number\":\"A-20931\",\"shirt_size\":\"M\","
          + "\"parking_spot\":\"P2-117\",\"mentor\":\"usr_01HZX4B9K1D3F5H7J9L1N3P5R7\"},"
          + "\"created_at\":\"2019-02-14T09:31:27Z\","
          + "\"updated_at\":\"2024-11-05T16:02:44Z\","
          + "\"version\":42}";

  private static final byte[] USER = USER_JSON.getBytes(StandardCharsets.UTF_8);
  private static final String JSON = "application/json; charset=UTF-8";

  private EchoServer() {}

  /** Starts the server; see the class documentation. */
  public static void main(String[] args) throws IOException, InterruptedException {
    // Read once by the JDK server's configuration: set it before the first server exists.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    CountDownLatch stop = new CountDownLatch(1);
    server.createContext("/users", EchoServer::users);
    server.createContext(
        "/shutdown",
        exchange -> {
          respond(exchange, 200, new byte[0]);
          stop.countDown();
        });
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();

    Thread stdin =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // Only the end of the stream matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone: stop as well.
              }
              stop.countDown();
            },
            "echo-server-stdin");
    stdin.setDaemon(true);
    stdin.start();

    stop.await();
    server.stop(0);
  }

  private static void users(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if ("GET".equals(method) && path.startsWith("/users/") && path.length() > 7) {
        in.transferTo(OutputStream.nullOutputStream());
        respond(exchange, 200, USER);
      } else if ("POST".equals(method) && path.equals("/users")) {
        respond(exchange, 201, in.readAllBytes());
      } else {
        in.transferTo(OutputStream.nullOutputStream());
        respond(exchange, 404, new byte[0]);
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (body.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", JSON);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
