package io.peoplesync.core.internal;

import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.EventListener;
import io.peoplesync.core.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A client's ordered list of stages, built once. The order, outermost first:
 *
 * <ol>
 *   <li>call events (when listeners are set): call start and end;
 *   <li>the user's per-call interceptors, in the order added;
 *   <li>retry: backoff, server hints, idempotency;
 *   <li>auth: the vendor's strategy (token refresh and one replay on 401 included);
 *   <li>the user's network interceptors, once per attempt on the wire;
 *   <li>attempt events (when listeners are set);
 *   <li>logging, decompression, transport ({@code send} or {@code sendAsync}).
 * </ol>
 *
 * <p>User interceptors are stages like the built-in ones, behind an adapter that shows them masked
 * views. A client without interceptors or listeners runs exactly the built-in stages.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** Builds the pipeline of one client; {@code redactor} knows the secrets {@code auth} sends. */
  public static Pipeline build(ClientOptions options, Stage auth, Redactor redactor) {
    EventListener listener = options.listener();
    List<Stage> list = new ArrayList<>();
    if (options.hasListeners()) {
      list.add(EventStage.perCall(listener));
    }
    for (Interceptor i : options.interceptors()) {
      list.add(new InterceptorStage(i, redactor));
    }
    list.add(new RetryStage(options.retryPolicy(), options.delayer(), options.clock(), listener));
    list.add(auth);
    for (Interceptor i : options.networkInterceptors()) {
      list.add(new InterceptorStage(i, redactor));
    }
    if (options.hasListeners()) {
      list.add(EventStage.perAttempt(listener));
    }
    list.add(new LoggingStage());
    list.add(new DecompressionStage());
    list.add(new TransportStage(options.httpClient(), options.requestTimeout().orElse(null)));
    return new Pipeline(list);
  }

  /** Sends {@code request} through every stage. */
  public CompletableFuture<ApiResponse> send(ApiRequest request) {
    return proceed(0, request);
  }

  private CompletableFuture<ApiResponse> proceed(int index, ApiRequest request) {
    Stage stage = stages.get(index);
    return Async.guard(() -> stage.process(request, next -> proceed(index + 1, next)));
  }

  /** Returns the stages in order, outermost first. */
  public List<Stage> stages() {
    return stages;
  }
}
