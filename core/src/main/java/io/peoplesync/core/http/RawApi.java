package io.peoplesync.core.http;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The escape hatch: sends a raw JSON or XML body to any path of the vendor through the same
 * pipeline (auth, retries, logging, errors), for fields or endpoints the typed model lacks.
 *
 * <pre>{@code
 * RawResponse r = client.raw().send(HttpMethod.POST, "/users", Optional.of(RawBody.of("{...}")));
 * }</pre>
 */
public class RawApi {
  private final ApiClient client;

  RawApi(ApiClient client) {
    this.client = client;
  }

  /**
   * Sends {@code body} to {@code path}, which is appended to the base URI as given: it must start
   * with {@code /} and be percent-encoded already (a query string is allowed). Retried like any
   * call of {@code method}.
   *
   * @throws io.peoplesync.core.ApiResponseException if the status is not 2xx
   * @throws io.peoplesync.core.ApiTransportException if no response arrived
   */
  public RawResponse send(HttpMethod method, String path, Optional<RawBody> body) {
    return client.raw(method, path, body, false).join();
  }

  /** Sends like {@link #send} without blocking. */
  public CompletableFuture<RawResponse> sendAsync(
      HttpMethod method, String path, Optional<RawBody> body) {
    return client.raw(method, path, body, true);
  }
}
