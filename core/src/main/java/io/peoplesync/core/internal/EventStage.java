package io.peoplesync.core.internal;

import io.peoplesync.core.CallEvent;
import io.peoplesync.core.EventListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Reports a call (outermost position) or each attempt (next to the transport) to the client's
 * listener: start and end of a call, end of every attempt, with status and duration.
 */
public final class EventStage implements Stage {
  private final EventListener listener;
  private final boolean perAttempt;

  private EventStage(EventListener listener, boolean perAttempt) {
    this.listener = listener;
    this.perAttempt = perAttempt;
  }

  /** Returns the stage that reports the start and end of every call. */
  public static EventStage perCall(EventListener listener) {
    return new EventStage(listener, false);
  }

  /** Returns the stage that reports the end of every attempt. */
  public static EventStage perAttempt(EventListener listener) {
    return new EventStage(listener, true);
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    if (!perAttempt) {
      listener.callStart(CallEvent.started(request.endpoint(), request.attempt()));
    }
    long start = System.nanoTime();
    return Async.guard(() -> chain.proceed(request))
        .whenComplete(
            (response, error) -> {
              Duration took = Duration.ofNanos(System.nanoTime() - start);
              CallEvent event =
                  error == null
                      ? CallEvent.answered(
                          request.endpoint(), request.attempt(), response.statusCode(), took)
                      : CallEvent.failed(
                          request.endpoint(), request.attempt(), Async.unwrap(error), took);
              if (perAttempt) {
                listener.attempt(event);
              } else {
                listener.callEnd(event);
              }
            });
  }
}
