package io.peoplesync.core;

import java.util.concurrent.CompletableFuture;

/**
 * A user's step in a client's request pipeline: adds a header, records a metric, opens a trace
 * span. Registered on any client builder, either per call ({@link ClientBuilder#addInterceptor},
 * once around all retries) or per attempt ({@link ClientBuilder#addNetworkInterceptor}, once for
 * every request that goes on the wire, after authentication).
 *
 * <pre>{@code
 * SpencerClient spencer = SpencerClient.builder()
 *     .customer("acme").clientCredentials(id, secret)
 *     .addInterceptor(chain -> chain.proceed(chain.request().withHeader("X-Trace-Id", traceId())))
 *     .build();
 * }</pre>
 *
 * <p>What an interceptor sees is masked: the URI shows only declared query values, credentials
 * ({@code Authorization}, API keys, tokens) read {@code ****}, and bodies are not shown at all.
 * Headers it adds reach the wire. One contract for blocking and async calls: in a blocking call the
 * future {@link Chain#proceed} returns is already complete, and an interceptor that returns it (or
 * a future derived from it without another executor) keeps the call on the caller's thread.
 * Interceptors run in the order they were added and must be thread-safe.
 */
@FunctionalInterface
public interface Interceptor {
  /**
   * Handles one call (or attempt), normally by returning {@code chain.proceed(request)}.
   *
   * @throws IllegalStateException from the chain if the returned response is not one that {@link
   *     Chain#proceed} produced
   */
  CompletableFuture<InterceptedResponse> intercept(Chain chain);

  /** The rest of the pipeline, as one interceptor sees it. */
  interface Chain {
    /** Returns the masked view of the request this interceptor handles. */
    InterceptedRequest request();

    /**
     * Sends {@code request} on through the rest of the pipeline; the headers it added with {@link
     * InterceptedRequest#withHeader} are set on the real request.
     */
    CompletableFuture<InterceptedResponse> proceed(InterceptedRequest request);
  }
}
