package io.peoplesync.core.spi;

import io.peoplesync.core.AccessToken;
import io.peoplesync.core.TokenProvider;
import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@code Authorization: Bearer <token>} from a {@link TokenProvider}. When the server answers
 * 401 and the provider can refresh, the token is refreshed once and the request replayed once.
 */
public final class BearerTokenAuth implements AuthStrategy {
  private final TokenProvider tokens;

  /** Creates the strategy over {@code tokens}. */
  public BearerTokenAuth(TokenProvider tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
  }

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    return tokens
        .token(request.async())
        .thenCompose(
            token ->
                chain
                    .proceed(authorize(request, token))
                    .thenCompose(
                        response -> {
                          if (response.statusCode() != 401 || !tokens.refreshable()) {
                            return CompletableFuture.completedFuture(response);
                          }
                          tokens.invalidate(token);
                          return tokens
                              .token(request.async())
                              .thenCompose(fresh -> chain.proceed(authorize(request, fresh)));
                        }));
  }

  private static ApiRequest authorize(ApiRequest request, AccessToken token) {
    return request.withHeader("Authorization", "Bearer " + token.value().reveal());
  }

  @Override
  public Collection<String> secrets() {
    return tokens.current().map(t -> List.of(t.value().reveal())).orElse(List.of());
  }

  @Override
  public String toString() {
    return "BearerTokenAuth{" + tokens + "}";
  }
}
