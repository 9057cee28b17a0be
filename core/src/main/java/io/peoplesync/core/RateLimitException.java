package io.peoplesync.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Thrown on 429 Too Many Requests once the client's {@link RetryPolicy} gave up or was not allowed
 * to wait as long as the server asked.
 */
public class RateLimitException extends ApiResponseException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /** Creates the exception; {@code retryAfter} is null when the server gave no usable hint. */
  public RateLimitException(ResponseFailure failure, Duration retryAfter) {
    super(failure);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked to wait, from {@code Retry-After} (seconds or HTTP date) or
   * {@code X-Ratelimit-Reset} (epoch seconds), relative to when the response arrived.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
