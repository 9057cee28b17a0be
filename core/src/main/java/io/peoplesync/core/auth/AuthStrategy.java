package io.peoplesync.core.auth;

import io.peoplesync.core.http.Stage;
import java.util.Collection;
import java.util.List;

/**
 * Adds a vendor's credentials to each request; one small class per style of authentication.
 *
 * <p>A strategy is a pipeline {@link Stage} that runs once per attempt, so a refreshed token is
 * used by a retry. It reports the secret values it sends so that the core can scrub them from any
 * text it shows (error bodies, vendor messages).
 */
public interface AuthStrategy extends Stage {
  /** Returns the secret values this strategy currently sends; never shown by the core. */
  Collection<String> secrets();

  /** Returns a strategy that adds nothing. */
  static AuthStrategy none() {
    return new AuthStrategy() {
      @Override
      public java.util.concurrent.CompletableFuture<io.peoplesync.core.http.ApiResponse> process(
          io.peoplesync.core.http.ApiRequest request, Chain chain) {
        return chain.proceed(request);
      }

      @Override
      public Collection<String> secrets() {
        return List.of();
      }

      @Override
      public String toString() {
        return "NoAuth";
      }
    };
  }
}
