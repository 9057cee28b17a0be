package io.peoplesync.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long a client waits before it repeats a failed request.
 *
 * <p>Retried: connection failures, 408, 429, 500, 502, 503 and 504 (500 as AWS, Azure and Google
 * SDKs do: a one-off internal error is the commonest transient failure); never 501, 505 or other
 * statuses. A request that may have reached the server is repeated only when its endpoint is
 * idempotent (GET, HEAD, PUT, DELETE and the vendor operations documented as idempotent, such as
 * ORTEC upserts); a 429 and a connection that was never established are repeated for every
 * endpoint, since the server did not process the request. Waits grow exponentially from {@link
 * #initialBackoff()} up to {@link #maxBackoff()} with jitter; a {@code Retry-After} or {@code
 * X-Ratelimit-Reset} hint replaces the computed wait, and when the hint asks for more than {@link
 * #maxRetryAfter()} the client gives up at once instead of sleeping. No retry starts after {@link
 * #maxElapsed()} has passed since the first attempt.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(5).initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(2))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration maxElapsed;
  private final double jitter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.maxElapsed = b.maxElapsed;
    this.jitter = b.jitter;
  }

  /** Returns the default policy: 3 attempts, 200 ms to 5 s backoff, hints honoured up to 60 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Returns a policy that never retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Returns a builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the total number of attempts, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Returns the wait before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Returns the longest computed wait between two attempts. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Returns the longest server-requested wait the client accepts; longer hints end the retries. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** Returns the time after the first attempt past which no retry starts. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /** Returns the share of each computed wait that is randomised, from 0 (none) to 1 (all). */
  public double jitter() {
    return jitter;
  }

  /**
   * Returns the wait before retry number {@code retry} (1 for the first retry), given a uniform
   * random number in [0, 1).
   */
  public Duration backoff(int retry, double random) {
    long base = initialBackoff.toMillis();
    long capped = maxBackoff.toMillis();
    long exp = retry >= 31 ? capped : Math.min(capped, base * (1L << Math.max(0, retry - 1)));
    long jittered = Math.round(exp * (1 - jitter * random));
    return Duration.ofMillis(Math.max(0, jittered));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", maxElapsed="
        + maxElapsed
        + ", jitter="
        + jitter
        + "}";
  }

  /** Builds a {@link RetryPolicy}; every setter validates its argument at once. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration maxElapsed = Duration.ofMinutes(2);
    private double jitter = 0.5;

    private Builder() {}

    /**
     * Sets the total number of attempts, at least 1 (1 means no retry).
     *
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException(
            "maxAttempts must be at least 1 (was " + maxAttempts + ")");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets the wait before the first retry; must not be negative. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative("initialBackoff", initialBackoff);
      return this;
    }

    /** Sets the longest computed wait; must not be negative. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative("maxBackoff", maxBackoff);
      return this;
    }

    /** Sets the longest server-requested wait that is honoured; must not be negative. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /** Sets the time after the first attempt past which no retry starts; must not be negative. */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = nonNegative("maxElapsed", maxElapsed);
      return this;
    }

    /** Sets the randomised share of each computed wait, from 0 to 1. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1 (was " + jitter + ")");
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws IllegalArgumentException if {@code initialBackoff} exceeds {@code maxBackoff}
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException("initialBackoff must not exceed maxBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative (was " + value + ")");
      }
      return value;
    }
  }
}
