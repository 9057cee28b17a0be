package io.peoplesync.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A bearer token and the instant it stops being valid, if known; {@code toString()} masks it. */
public final class AccessToken {
  private final Secret value;
  private final Instant expiresAt;

  private AccessToken(Secret value, Instant expiresAt) {
    this.value = value;
    this.expiresAt = expiresAt;
  }

  /** Returns a token that never expires on its own (a 401 may still invalidate it). */
  public static AccessToken of(String value) {
    return new AccessToken(Secret.of("accessToken", value), null);
  }

  /** Returns a token valid until {@code expiresAt}. */
  public static AccessToken of(String value, Instant expiresAt) {
    return new AccessToken(
        Secret.of("accessToken", value), Objects.requireNonNull(expiresAt, "expiresAt == null"));
  }

  /** Returns the token. */
  public Secret value() {
    return value;
  }

  /** Returns when the token expires, if the issuer said. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken{value=****, expiresAt=" + expiresAt + "}";
  }
}
