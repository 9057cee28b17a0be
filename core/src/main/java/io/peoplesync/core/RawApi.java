package io.peoplesync.core;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The escape hatch: sends a raw JSON or XML body to any path of the vendor through the same
 * pipeline (auth, retries, logging, errors), for fields or endpoints the typed model lacks.
 *
 * <pre>{@code
 * RawResponse r = client.raw().send(HttpMethod.POST, "/users", Optional.of(RawBody.of("{...}")));
 * }</pre>
 *
 * <p>An interface so that users can mock it in their own tests.
 */
public interface RawApi {
  /**
   * Sends {@code body} to {@code path}, which is appended to the base URI as given: it must start
   * with {@code /} and be percent-encoded already (a query string is allowed). Retried like any
   * call of {@code method}.
   *
   * @throws ApiResponseException if the status is not 2xx
   * @throws ApiTransportException if no response arrived
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  RawResponse send(HttpMethod method, String path, Optional<RawBody> body);

  /** Sends like {@link #send} without blocking. */
  CompletableFuture<RawResponse> sendAsync(HttpMethod method, String path, Optional<RawBody> body);
}
