package io.peoplesync.core;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/** A retry the client decided on: which attempt failed, why, and how long it waits first. */
public final class RetryEvent {
  private final EndpointInfo endpoint;
  private final int failedAttempt;
  private final String reason;
  private final OptionalInt statusCode;
  private final Duration delay;

  /**
   * Creates the event; {@code reason} names a status ({@code "status 503"}) or a failure class
   * ({@code "ApiTransportException"}), never a message that could quote a body.
   */
  public RetryEvent(
      EndpointInfo endpoint,
      int failedAttempt,
      String reason,
      OptionalInt statusCode,
      Duration delay) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.failedAttempt = failedAttempt;
    this.reason = Objects.requireNonNull(reason, "reason == null");
    this.statusCode = Objects.requireNonNull(statusCode, "statusCode == null");
    this.delay = Objects.requireNonNull(delay, "delay == null");
  }

  /** Returns the endpoint: name, vendor, method and path template. */
  public EndpointInfo endpoint() {
    return endpoint;
  }

  /** Returns the vendor, for example {@code ortec}. */
  public String vendor() {
    return endpoint.vendor();
  }

  /** Returns the number of the attempt that failed; the next one is this plus one. */
  public int failedAttempt() {
    return failedAttempt;
  }

  /** Returns why the attempt is repeated, for example {@code "status 503"}. */
  public String reason() {
    return reason;
  }

  /** Returns the status of the failed attempt, when a response arrived. */
  public OptionalInt statusCode() {
    return statusCode;
  }

  /** Returns the wait before the next attempt (a server hint or the computed backoff). */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return "RetryEvent{"
        + endpoint.describe()
        + ", failedAttempt="
        + failedAttempt
        + ", reason="
        + reason
        + ", delay="
        + delay
        + "}";
  }
}
