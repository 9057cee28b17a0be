package io.peoplesync.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call or one attempt of it, started or ended: which endpoint, which attempt, the status and how
 * long it took. Carries no URL, header, body or secret.
 */
public final class CallEvent {
  private final EndpointInfo endpoint;
  private final int attempt;
  private final OptionalInt statusCode;
  private final Duration duration;
  private final CallOutcome outcome;
  private final String failure;

  private CallEvent(
      EndpointInfo endpoint,
      int attempt,
      OptionalInt statusCode,
      Duration duration,
      CallOutcome outcome,
      String failure) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.duration = duration;
    this.outcome = outcome;
    this.failure = failure;
  }

  /** Returns the event of a call (or attempt) that is starting. */
  public static CallEvent started(EndpointInfo endpoint, int attempt) {
    return new CallEvent(endpoint, attempt, OptionalInt.empty(), Duration.ZERO, null, null);
  }

  /** Returns the event of a call (or attempt) that got a response with {@code statusCode}. */
  public static CallEvent answered(
      EndpointInfo endpoint, int attempt, int statusCode, Duration duration) {
    return new CallEvent(
        endpoint,
        attempt,
        OptionalInt.of(statusCode),
        Objects.requireNonNull(duration, "duration == null"),
        CallOutcome.ofStatus(statusCode),
        null);
  }

  /** Returns the event of a call (or attempt) that failed with {@code error} before a response. */
  public static CallEvent failed(
      EndpointInfo endpoint, int attempt, Throwable error, Duration duration) {
    return new CallEvent(
        endpoint,
        attempt,
        OptionalInt.empty(),
        Objects.requireNonNull(duration, "duration == null"),
        CallOutcome.ofFailure(error),
        error.getClass().getSimpleName());
  }

  /** Returns the endpoint: name, vendor, method and path template. */
  public EndpointInfo endpoint() {
    return endpoint;
  }

  /** Returns the vendor, for example {@code spencer}. */
  public String vendor() {
    return endpoint.vendor();
  }

  /** Returns the attempt number, 1 for the first; a call-level event reports its first attempt. */
  public int attempt() {
    return attempt;
  }

  /** Returns the HTTP status, when a response arrived. */
  public OptionalInt statusCode() {
    return statusCode;
  }

  /** Returns how long the call or attempt took; zero for a start event. */
  public Duration duration() {
    return duration;
  }

  /** Returns how it ended; empty for a start event. */
  public Optional<CallOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** Returns the simple class name of the failure, when no response arrived. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return "CallEvent{"
        + endpoint.describe()
        + ", attempt="
        + attempt
        + (statusCode.isPresent() ? ", status=" + statusCode.getAsInt() : "")
        + (outcome != null ? ", outcome=" + outcome + ", duration=" + duration : "")
        + (failure != null ? ", failure=" + failure : "")
        + "}";
  }
}
