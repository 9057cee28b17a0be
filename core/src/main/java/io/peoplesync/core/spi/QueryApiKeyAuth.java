package io.peoplesync.core.spi;

import io.peoplesync.core.Secret;
import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends an API key as the query parameter {@code name}, URL-encoded, on every request. The value is
 * masked in logs, since the parameter is never a declared (log-safe) query name.
 */
public final class QueryApiKeyAuth implements AuthStrategy {
  private final String name;
  private final Secret key;

  /** Creates the strategy. */
  public QueryApiKeyAuth(String name, Secret key) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.key = Objects.requireNonNull(key, "key == null");
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    return chain.proceed(request.withQueryParam(name, key.reveal()));
  }

  @Override
  public Collection<String> secrets() {
    return List.of(key.reveal());
  }

  @Override
  public String toString() {
    return "QueryApiKeyAuth{" + name + "=****}";
  }
}
