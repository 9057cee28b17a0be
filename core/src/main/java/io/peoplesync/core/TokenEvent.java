package io.peoplesync.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A token fetch or refresh by an OAuth2 token provider: grant, result, duration; never a token. */
public final class TokenEvent {
  private final EndpointInfo endpoint;
  private final String grant;
  private final Duration duration;
  private final String failure;

  /** Creates the event; {@code failure} is the failure's simple class name, or null on success. */
  public TokenEvent(EndpointInfo endpoint, String grant, Duration duration, String failure) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.grant = Objects.requireNonNull(grant, "grant == null");
    this.duration = Objects.requireNonNull(duration, "duration == null");
    this.failure = failure;
  }

  /** Returns the token endpoint. */
  public EndpointInfo endpoint() {
    return endpoint;
  }

  /** Returns the OAuth2 grant type, for example {@code client_credentials}. */
  public String grant() {
    return grant;
  }

  /** Returns how long the fetch took. */
  public Duration duration() {
    return duration;
  }

  /** Returns whether a token was obtained. */
  public boolean succeeded() {
    return failure == null;
  }

  /** Returns the simple class name of the failure, if the fetch failed. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return "TokenEvent{grant="
        + grant
        + ", duration="
        + duration
        + (failure == null ? ", succeeded" : ", failure=" + failure)
        + "}";
  }
}
