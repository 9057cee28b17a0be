package io.peoplesync.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.vendors.CannedResponses;
import io.peoplesync.benchmarks.vendors.Workloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Retrofit side sends what the hand-written side sends for the same call (method, path, query,
 * the vendor's headers, body bytes), recorded by a loopback server that answers with the benchmark
 * server's canned bodies, so both sides' result checks run too.
 */
class RetrofitVendorsTest {
  /** Headers each HTTP client adds on its own; every other header must be the same. */
  private static final Set<String> CLIENT_OWN =
      Set.of("Host", "User-agent", "Connection", "Accept-encoding", "Content-length");

  private final List<Recorded> recorded = new ArrayList<>();
  private HttpServer server;
  private HandWrittenVendors hand;
  private RetrofitVendors retrofit;
  private int status201 = 201;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    hand = new HandWrittenVendors(base);
    retrofit = new RetrofitVendors(base);
  }

  @AfterEach
  void stop() {
    server.stop(0);
    retrofit.client().connectionPool().evictAll();
  }

  @Test
  void springestSaveSendsTheHandWrittenRequest() throws Exception {
    assertThat(hand.springestSave(Workloads.plainSpringestUser())).isEqualTo("12345");
    assertThat(retrofit.springestSave(Workloads.plainSpringestUser())).isEqualTo("12345");

    Recorded byHand = recorded.get(0);
    Recorded byRetrofit = recorded.get(1);
    assertThat(byRetrofit.method).isEqualTo("POST").isEqualTo(byHand.method);
    assertThat(byRetrofit.path).isEqualTo("/springest/users.json").isEqualTo(byHand.path);
    assertThat(byRetrofit.query).isEqualTo("api_key=springest-key").isEqualTo(byHand.query);
    assertThat(byRetrofit.vendorHeaders())
        .isEqualTo(byHand.vendorHeaders())
        .containsEntry("Accept", List.of("application/json"))
        .containsEntry("Content-type", List.of("application/json; charset=UTF-8"))
        .hasSize(2);
    assertThat(byRetrofit.headers.get("Content-length"))
        .isEqualTo(byHand.headers.get("Content-length"));
    assertThat(byRetrofit.body).isEqualTo(byHand.body);
    JsonNode body = new ObjectMapper().readTree(byRetrofit.body);
    assertThat(body.path("external_id").asText()).isEqualTo("E-1");
    assertThat(body.path("employment_start_date").asText()).isEqualTo("2024-03-01");
    assertThat(body.path("approvers").get(0).path("label").asText()).isEqualTo("Manager");
    assertThat(body.path("employment_end_date").isNull()).isTrue();
  }

  @Test
  void pepperPageSendsTheHandWrittenRequest() throws Exception {
    Workloads.checkPlainPepper(hand.pepperPage(100, null).items);
    Workloads.checkPlainPepper(retrofit.pepperPage(100, null).items);
    hand.pepperPage(100, "k100");
    assertThat(retrofit.pepperPage(100, "k100").page.startKey).isEqualTo("k100");

    for (int first : new int[] {0, 2}) {
      Recorded byHand = recorded.get(first);
      Recorded byRetrofit = recorded.get(first + 1);
      assertThat(byRetrofit.method).isEqualTo("GET").isEqualTo(byHand.method);
      assertThat(byRetrofit.path).isEqualTo("/pepper/users").isEqualTo(byHand.path);
      assertThat(byRetrofit.query).isEqualTo(byHand.query);
      assertThat(byRetrofit.vendorHeaders())
          .isEqualTo(byHand.vendorHeaders())
          .containsEntry("Accept", List.of("application/json"))
          .containsEntry("Authorization", List.of("Token pepper-token"))
          .containsEntry("X-application-id", List.of("bench-app"))
          .containsEntry("X-api-version", List.of("8"))
          .hasSize(4);
      assertThat(byRetrofit.body).isEmpty();
      assertThat(byHand.body).isEmpty();
    }
    assertThat(recorded.get(1).query).isEqualTo("limit=100");
    assertThat(recorded.get(3).query).isEqualTo("limit=100&startKey=k100");
  }

  @Test
  void spencerAndPublisherGetsSendTheHandWrittenRequests() throws Exception {
    Workloads.checkPlainSpencer(hand.spencerGet("E-2002"));
    Workloads.checkPlainSpencer(retrofit.spencerGet("E-2002"));
    Workloads.checkPlainPublisher(hand.publisherGet("3"));
    Workloads.checkPlainPublisher(retrofit.publisherGet("3"));

    for (int first : new int[] {0, 2}) {
      Recorded byHand = recorded.get(first);
      Recorded byRetrofit = recorded.get(first + 1);
      assertThat(byRetrofit.method).isEqualTo("GET").isEqualTo(byHand.method);
      assertThat(byRetrofit.path).isEqualTo(byHand.path);
      assertThat(byRetrofit.query).isNull();
      assertThat(byHand.query).isNull();
      assertThat(byRetrofit.vendorHeaders()).isEqualTo(byHand.vendorHeaders()).hasSize(2);
    }
    assertThat(recorded.get(1).path).isEqualTo("/spencer/users/E-2002");
    assertThat(recorded.get(1).vendorHeaders())
        .containsEntry("Authorization", List.of("Bearer spencer-token"));
    assertThat(recorded.get(3).path).isEqualTo("/publisher/api/2/users/3");
    assertThat(recorded.get(3).vendorHeaders())
        .containsEntry("Accept", List.of("application/xml"))
        .containsEntry("Authorization", List.of("Bearer publisher-token"));
  }

  @Test
  void anUnexpectedStatusThrowsOnBothSides() {
    status201 = 200;
    assertThatThrownBy(() -> retrofit.springestSave(Workloads.plainSpringestUser()))
        .isInstanceOf(IOException.class)
        .hasMessage("/springest/users.json: status 200");
    assertThatThrownBy(() -> hand.springestSave(Workloads.plainSpringestUser()))
        .isInstanceOf(IOException.class)
        .hasMessage("/springest/users.json: status 200");
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new TreeMap<>(exchange.getRequestHeaders());
    synchronized (recorded) {
      recorded.add(
          new Recorded(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              body));
    }
    String path = exchange.getRequestURI().getPath();
    int status = 200;
    String type = "application/json; charset=UTF-8";
    byte[] answer;
    if (path.startsWith("/springest/")) {
      status = status201;
      answer = CannedResponses.SPRINGEST_SAVED;
    } else if (path.startsWith("/pepper/")) {
      answer = CannedResponses.pepperPage(0, 100, 100, "k100");
    } else if (path.startsWith("/spencer/")) {
      answer = CannedResponses.SPENCER_USER;
    } else if (path.startsWith("/publisher/")) {
      type = "application/xml; charset=UTF-8";
      answer = CannedResponses.PUBLISHER_USER_XML;
    } else {
      status = 404;
      answer = "{}".getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  /** One request as it arrived; header names as the JDK server normalizes them. */
  private static final class Recorded {
    final String method;
    final String path;
    final String query;
    final Map<String, List<String>> headers;
    final byte[] body;

    Recorded(
        String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    Map<String, List<String>> vendorHeaders() {
      return headers.entrySet().stream()
          .filter(e -> !CLIENT_OWN.contains(e.getKey()))
          .collect(
              Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
  }
}
