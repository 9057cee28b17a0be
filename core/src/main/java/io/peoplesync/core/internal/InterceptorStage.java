package io.peoplesync.core.internal;

import io.peoplesync.core.InterceptedRequest;
import io.peoplesync.core.InterceptedResponse;
import io.peoplesync.core.Interceptor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a user's {@link Interceptor} as a pipeline stage. The interceptor sees masked views; the
 * headers it adds are set on the real request, and the response it returns is mapped back to the
 * real one, which must have come from its chain.
 */
public final class InterceptorStage implements Stage {
  private final Interceptor interceptor;
  private final Redactor redactor;

  /** Creates the stage; {@code redactor} knows the client's secrets. */
  public InterceptorStage(Interceptor interceptor, Redactor redactor) {
    this.interceptor = Objects.requireNonNull(interceptor, "interceptor == null");
    this.redactor = redactor;
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain next) {
    Map<InterceptedResponse, ApiResponse> produced =
        Collections.synchronizedMap(new IdentityHashMap<>());
    InterceptedRequest view = redactor.view(request);
    Interceptor.Chain chain =
        new Interceptor.Chain() {
          @Override
          public InterceptedRequest request() {
            return view;
          }

          @Override
          public CompletableFuture<InterceptedResponse> proceed(InterceptedRequest changed) {
            ApiRequest real = request;
            for (Map.Entry<String, String> h : changed.addedHeaders().entrySet()) {
              real = real.withHeader(h.getKey(), h.getValue());
            }
            ApiRequest toSend = real;
            return Async.guard(() -> next.proceed(toSend))
                .thenApply(
                    response -> {
                      InterceptedResponse shown = redactor.view(response);
                      produced.put(shown, response);
                      return shown;
                    });
          }
        };
    return Async.guard(() -> interceptor.intercept(chain))
        .thenApply(
            shown -> {
              ApiResponse real = shown == null ? null : produced.get(shown);
              if (real == null) {
                throw new IllegalStateException(
                    "interceptor "
                        + interceptor.getClass().getName()
                        + " must return the response its chain.proceed(...) produced");
              }
              return real;
            });
  }

  @Override
  public String toString() {
    return "InterceptorStage{" + interceptor.getClass().getName() + "}";
  }
}
