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

/** What a run measured. */
public final class Report {
  private final List<Row> rows;
  private final String table;
  private final String verdict;

  Report(List<Row> rows, String table, String verdict) {
    this.rows = List.copyOf(rows);
    this.table = table;
    this.verdict = verdict;
  }

  /** Returns one row per variant, in table order. */
  public List<Row> rows() {
    return rows;
  }

  /** Returns the printed table. */
  public String table() {
    return table;
  }

  /** Returns the one-line verdict. */
  public String verdict() {
    return verdict;
  }
}
