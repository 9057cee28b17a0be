package io.peoplesync.benchmarks.calls;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.http.ApiClient;
import io.peoplesync.core.http.Call;
import io.peoplesync.core.http.Endpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
      HttpResponse<byte[]> response =
          client.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
