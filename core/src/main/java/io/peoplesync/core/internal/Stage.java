package io.peoplesync.core.internal;

import java.util.concurrent.CompletableFuture;

/**
 * One step of the request pipeline: auth, retry, logging, decompression, transport.
 *
 * <p>Stages are stateless and ordered. A stage may change the request (returning a new one),
 * observe or replace the response, or call {@link Chain#proceed} more than once (retries). In
 * blocking mode ({@link ApiRequest#async()} false) every future a stage returns must already be
 * complete when returned, so that the whole call runs on the caller's thread; in async mode stages
 * must not block.
 */
@FunctionalInterface
public interface Stage {
  /** Processes {@code request}, handing it on through {@code chain}. */
  CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain);

  /** The rest of the pipeline, as seen by one stage. */
  @FunctionalInterface
  interface Chain {
    /** Sends {@code request} through the remaining stages. */
    CompletableFuture<ApiResponse> proceed(ApiRequest request);
  }
}
