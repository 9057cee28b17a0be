package io.peoplesync.core.spi;

import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import io.peoplesync.core.internal.Stage;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
      public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
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
