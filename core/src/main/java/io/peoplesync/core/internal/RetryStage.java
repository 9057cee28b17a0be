package io.peoplesync.core.internal;

import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.Delayer;
import io.peoplesync.core.EventListener;
import io.peoplesync.core.RetryEvent;
import io.peoplesync.core.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Repeats a request per the {@link RetryPolicy}; see its documentation for what is retried. The
 * wait happens through the {@link Delayer}: on the caller's thread for blocking calls.
 */
public final class RetryStage implements Stage {
  private final RetryPolicy policy;
  private final Delayer delayer;
  private final Clock clock;
  private final EventListener listener;

  /** Creates the stage; {@code listener} hears of every retry decided, before the wait. */
  public RetryStage(RetryPolicy policy, Delayer delayer, Clock clock, EventListener listener) {
    this.policy = policy;
    this.delayer = delayer;
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    return attempt(request, chain, 1, clock.instant());
  }

  private CompletableFuture<ApiResponse> attempt(
      ApiRequest request, Chain chain, int n, Instant start) {
    ApiRequest numbered = request.withAttempt(n);
    return Async.guard(() -> chain.proceed(numbered))
        .handle((response, error) -> outcome(request, response, error, n, start))
        .thenCompose(
            o -> {
              if (o.wait == null) {
                return o.result();
              }
              listener.retry(new RetryEvent(request.endpoint(), n, o.reason(), o.status(), o.wait));
              return Async.guard(() -> delayer.delay(o.wait, request.async()))
                  .handle(
                      (ignored, interrupted) -> {
                        if (interrupted != null) {
                          throw new ApiTransportException(
                              request.endpoint().describe()
                                  + " was interrupted while waiting to retry",
                              true,
                              Async.unwrap(interrupted));
                        }
                        return null;
                      })
                  .thenCompose(ignored -> attempt(request, chain, n + 1, start));
            });
  }

  private Outcome outcome(
      ApiRequest request, ApiResponse response, Throwable error, int n, Instant start) {
    Outcome done = new Outcome(response, error, null);
    if (n >= policy.maxAttempts()) {
      return done;
    }
    Optional<Duration> hint = Optional.empty();
    if (error != null) {
      Throwable cause = Async.unwrap(error);
      if (!(cause instanceof ApiTransportException)) {
        return done;
      }
      boolean reached = ((ApiTransportException) cause).mayHaveReachedServer();
      if (reached && !request.endpoint().idempotent()) {
        return done;
      }
    } else {
      int status = response.statusCode();
      if (!retryableStatus(status, request.endpoint().idempotent())) {
        return done;
      }
      hint = RetryAfter.parse(response, clock.instant());
    }
    Duration wait;
    if (hint.isPresent()) {
      if (hint.get().compareTo(policy.maxRetryAfter()) > 0) {
        return done;
      }
      wait = hint.get();
    } else {
      wait = policy.backoff(n, ThreadLocalRandom.current().nextDouble());
    }
    Duration elapsed = Duration.between(start, clock.instant());
    if (elapsed.plus(wait).compareTo(policy.maxElapsed()) > 0) {
      return done;
    }
    return new Outcome(response, error, wait);
  }

  /** 429 says the request was not processed, so it is safe to repeat for every endpoint. */
  static boolean retryableStatus(int status, boolean idempotent) {
    switch (status) {
      case 429:
        return true;
      case 408:
      case 500:
      case 502:
      case 503:
      case 504:
        return idempotent;
      default:
        return false;
    }
  }

  private static final class Outcome {
    final ApiResponse response;
    final Throwable error;
    final Duration wait;

    Outcome(ApiResponse response, Throwable error, Duration wait) {
      this.response = response;
      this.error = error;
      this.wait = wait;
    }

    String reason() {
      return error != null
          ? Async.unwrap(error).getClass().getSimpleName()
          : "status " + response.statusCode();
    }

    OptionalInt status() {
      return error != null ? OptionalInt.empty() : OptionalInt.of(response.statusCode());
    }

    CompletableFuture<ApiResponse> result() {
      return error != null
          ? CompletableFuture.failedFuture(Async.unwrap(error))
          : CompletableFuture.completedFuture(response);
    }
  }
}
