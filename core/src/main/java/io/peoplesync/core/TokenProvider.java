package io.peoplesync.core;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Supplies bearer tokens. Implementations must be thread-safe; {@code
 * io.peoplesync.core.auth.OAuth2TokenProvider} caches and refreshes tokens itself. Users may
 * implement this to plug in their own token source.
 */
public interface TokenProvider {
  /**
   * Returns a valid token. When {@code async} is false the returned future must already be complete
   * (the fetch ran on the caller's thread).
   */
  CompletableFuture<AccessToken> token(boolean async);

  /** Returns the token currently cached, if any, without fetching. */
  Optional<AccessToken> current();

  /** Drops {@code rejected} so that the next {@link #token} fetches a new one. */
  default void invalidate(AccessToken rejected) {}

  /** Returns whether a new token can be fetched after a 401; false for a static token. */
  default boolean refreshable() {
    return false;
  }

  /** Returns a provider of one fixed token. */
  static TokenProvider fixed(String token) {
    AccessToken t = AccessToken.of(token);
    return new TokenProvider() {
      @Override
      public CompletableFuture<AccessToken> token(boolean async) {
        return CompletableFuture.completedFuture(t);
      }

      @Override
      public Optional<AccessToken> current() {
        return Optional.of(t);
      }

      @Override
      public String toString() {
        return "FixedToken{****}";
      }
    };
  }
}
