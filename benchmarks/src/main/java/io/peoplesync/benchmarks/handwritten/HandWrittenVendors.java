package io.peoplesync.benchmarks.handwritten;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every vendor call the benchmarks make, written by hand: what a careful user writes with the JDK
 * client and Jackson. One {@link HttpClient} (HTTP/1.1 on plain http, no h2c upgrade; the SDK's
 * timeouts; no redirects), one {@link ObjectMapper} and one {@link XmlMapper}, all shared; the body
 * read once as bytes, the status checked, decoded once into a plain class. The headers are those
 * the vendor needs (auth, {@code Accept}); nothing is retried, logged or validated.
 */
public final class HandWrittenVendors {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String JSON = "application/json";

  private final HttpClient client;
  private final ObjectMapper json;
  private final XmlMapper xml;
  private final String base;

  /** Creates the calls against the benchmark server at {@code base} (no trailing slash). */
  public HandWrittenVendors(URI base) {
    this(
        base,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /** Creates the calls against {@code base} over {@code client}, for the in-memory benchmark. */
  public HandWrittenVendors(URI base, HttpClient client) {
    this.client = client;
    this.json = configure(new ObjectMapper());
    this.xml = configure(new XmlMapper());
    this.base = base.toString();
  }

  private static <M extends ObjectMapper> M configure(M mapper) {
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return mapper;
  }

  /** Returns the JSON mapper, for the codec microbenchmarks. */
  public ObjectMapper json() {
    return json;
  }

  /** Returns the XML mapper, for the codec microbenchmarks. */
  public XmlMapper xml() {
    return xml;
  }

  /** Fetches one Pepper page: {@code GET /pepper/users?limit=...[&startKey=...]}. */
  public PlainPepperUser.Page pepperPage(int limit, String startKey)
      throws IOException, InterruptedException {
    String uri = base + "/pepper/users?limit=" + limit;
    if (startKey != null) {
      uri += "&startKey=" + URLEncoder.encode(startKey, StandardCharsets.UTF_8);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(TIMEOUT)
            .header("Accept", JSON)
            .header("Authorization", "Token pepper-token")
            .header("x-application-id", "bench-app")
            .header("x-api-version", "8")
            .GET()
            .build();
    return json.readValue(send(request, 200), PlainPepperUser.Page.class);
  }

  /**
   * Streams every Pepper user to {@code sink}, page by page, ending where the SDK ends: on an empty
   * page, a page without a cursor, or a page shorter than {@code limit}. Returns the users seen.
   */
  public long pepperAll(int limit, Consumer<PlainPepperUser> sink)
      throws IOException, InterruptedException {
    long seen = 0;
    String key = null;
    while (true) {
      PlainPepperUser.Page page = pepperPage(limit, key);
      page.items.forEach(sink);
      seen += page.items.size();
      String next = page.page == null ? null : page.page.startKey;
      if (page.items.isEmpty()
          || next == null
          || next.isBlank()
          || page.items.size() < limit
          || next.equals(key)) {
        return seen;
      }
      key = next;
    }
  }

  /** Saves a Springest user ({@code POST /springest/users.json?api_key=...}); returns its id. */
  public String springestSave(PlainSpringestUser user) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/springest/users.json?api_key=springest-key"))
            .timeout(TIMEOUT)
            .header("Accept", JSON)
            .header("Content-Type", JSON + "; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(user)))
            .build();
    return json.readTree(send(request, 201)).path("id").asText();
  }

  /** Gets a Publisher user in XML ({@code GET /publisher/api/2/users/{id}}). */
  public PlainPublisherUser publisherGet(String id) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/publisher/api/2/users/" + id))
            .timeout(TIMEOUT)
            .header("Accept", "application/xml")
            .header("Authorization", "Bearer publisher-token")
            .GET()
            .build();
    List<PlainPublisherUser> users =
        xml.readValue(send(request, 200), PlainPublisherUser.Users.class).user;
    if (users.isEmpty()) {
      throw new IOException("no user in the answer");
    }
    return users.get(0);
  }

  /** Sends one ORTEC batch ({@code POST /ortec/accounts}); returns one result per action. */
  public List<PlainOrtecAction.Result> ortecBatch(List<PlainOrtecAction> actions)
      throws IOException, InterruptedException {
    byte[] body =
        json.writeValueAsBytes(new PlainOrtecAction.Request("hr-feed", "ortec-key", actions));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/ortec/accounts"))
            .timeout(TIMEOUT)
            .header("Accept", JSON)
            .header("Content-Type", JSON + "; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    List<PlainOrtecAction.Result> results =
        json.readValue(send(request, 200), PlainOrtecAction.Results.class).results;
    if (results.size() != actions.size()) {
      throw new IOException("expected " + actions.size() + " results, got " + results.size());
    }
    return results;
  }

  /** Gets a Spencer user ({@code GET /spencer/users/{id}}). */
  public PlainSpencerUser spencerGet(String id) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/spencer/users/" + id))
            .timeout(TIMEOUT)
            .header("Accept", JSON)
            .header("Authorization", "Bearer spencer-token")
            .GET()
            .build();
    return json.readValue(send(request, 200), PlainSpencerUser.class);
  }

  private byte[] send(HttpRequest request, int expected) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != expected) {
      throw new IOException(request.uri().getPath() + ": status " + response.statusCode());
    }
    return response.body();
  }
}
