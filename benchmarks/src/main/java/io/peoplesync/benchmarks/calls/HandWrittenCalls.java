package io.peoplesync.benchmarks.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The hand-written calls: what a careful user writes with the JDK client and Jackson. */
final class HandWrittenCalls {
  private final HttpClient client;
  private final ObjectMapper mapper;
  private final String base;

  HandWrittenCalls(HttpClient client, ObjectMapper mapper, String base) {
    this.client = client;
    this.mapper = mapper;
    this.base = base;
  }

  BenchUser getUser(String id, boolean async) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/users/" + id))
            .timeout(CallOverheadBenchmark.TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    if (!async) {
      return decode(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200);
    }
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(r -> decodeUnchecked(r, 200, BenchUser.class))
        .join();
  }

  NewUser createUser(NewUser user, boolean async) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/users"))
            .timeout(CallOverheadBenchmark.TIMEOUT)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(user)))
            .build();
    if (!async) {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return decodeUnchecked(response, 201, NewUser.class);
    }
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(r -> decodeUnchecked(r, 201, NewUser.class))
        .join();
  }

  private BenchUser decode(HttpResponse<byte[]> response, int expected) throws IOException {
    if (response.statusCode() != expected) {
      throw new IOException("status " + response.statusCode());
    }
    return mapper.readValue(response.body(), BenchUser.class);
  }

  private <T> T decodeUnchecked(HttpResponse<byte[]> response, int expected, Class<T> type) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    try {
      return mapper.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
