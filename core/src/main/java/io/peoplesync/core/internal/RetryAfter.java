package io.peoplesync.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads a server's wait hint: {@code Retry-After} as seconds or an HTTP date, else {@code
 * X-Ratelimit-Reset} as epoch seconds (or, when small, as seconds to wait). Garbage is ignored; a
 * time in the past is zero.
 */
public final class RetryAfter {
  private static final long EPOCH_THRESHOLD = 1_000_000_000L;

  private RetryAfter() {}

  /** Returns the wait the response asks for, relative to {@code now}. */
  public static Optional<Duration> parse(ApiResponse response, Instant now) {
    Optional<Duration> retryAfter =
        response.header("retry-after").flatMap(v -> retryAfter(v.trim(), now));
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    return response.header("x-ratelimit-reset").flatMap(v -> reset(v.trim(), now));
  }

  private static Optional<Duration> retryAfter(String value, Instant now) {
    try {
      long seconds = Long.parseLong(value);
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(now, at)));
      } catch (RuntimeException garbage) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Duration> reset(String value, Instant now) {
    try {
      long n = (long) Double.parseDouble(value);
      if (n >= EPOCH_THRESHOLD) {
        return Optional.of(nonNegative(Duration.between(now, Instant.ofEpochSecond(n))));
      }
      return Optional.of(Duration.ofSeconds(Math.max(0, n)));
    } catch (NumberFormatException garbage) {
      return Optional.empty();
    }
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
