package io.peoplesync.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.AccessToken;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.EventListener;
import io.peoplesync.core.Secret;
import io.peoplesync.core.TokenEvent;
import io.peoplesync.core.TokenProvider;
import io.peoplesync.core.internal.ApiRequest;
import io.peoplesync.core.internal.ApiResponse;
import io.peoplesync.core.internal.Async;
import io.peoplesync.core.internal.FormBody;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.AuthStrategy;
import io.peoplesync.core.spi.Call;
import io.peoplesync.core.spi.Endpoint;
import io.peoplesync.core.spi.ErrorDetailsParser;
import io.peoplesync.core.spi.Validate;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches OAuth2 access tokens (client-credentials or refresh-token grant, form-encoded), caches
 * each until shortly before its {@code expires_in}, and refreshes on demand.
 *
 * <p>Lazy: nothing is fetched until the first call needs a token. Single-flight: however many
 * threads need a token at once, one request is made and the others wait for it, without holding a
 * lock. A token is refreshed when less than a minute (or half its lifetime, if shorter) is left. A
 * rotated {@code refresh_token} in the response replaces the old one. Errors from the token
 * endpoint surface as the usual {@link io.peoplesync.core.ApiResponseException}s, with the OAuth2
 * {@code error} as {@code vendorCode()}.
 */
public final class OAuth2TokenProvider implements TokenProvider {
  private static final Duration MAX_SKEW = Duration.ofSeconds(60);
  private static final Endpoint<FormBody, TokenResponse> TOKEN =
      Endpoint.post("oauth2.token", "")
          .body(FormBody.class)
          .idempotent(true)
          .returns(TokenResponse.class);
  private static final ErrorDetailsParser OAUTH_ERRORS =
      (status, body) ->
          body.hasNonNull("error")
              ? ErrorDetails.of(text(body, "error"), text(body, "error_description"))
              : ErrorDetails.none();

  private final String grant;
  private final String clientId;
  private final Secret clientSecret;
  private final AtomicReference<Secret> refreshToken;
  private final Optional<String> scope;
  private final ApiClient tokenClient;
  private final Clock clock;
  private final EventListener listener;
  private final AtomicReference<Cached> cache = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<AccessToken>> inflight = new AtomicReference<>();

  private OAuth2TokenProvider(
      ClientOptions options,
      URI tokenUri,
      String grant,
      String clientId,
      Secret clientSecret,
      Secret refreshToken,
      Optional<String> scope) {
    this.grant = grant;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.refreshToken = new AtomicReference<>(refreshToken);
    this.scope = scope;
    this.clock = options.clock();
    this.listener = options.listener();
    AuthStrategy secretsOnly =
        new AuthStrategy() {
          @Override
          public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
            return chain.proceed(request);
          }

          @Override
          public Collection<String> secrets() {
            return OAuth2TokenProvider.this.secretValues();
          }
        };
    this.tokenClient =
        ApiClient.builder(options.withBaseUri(tokenUri))
            .auth(secretsOnly)
            .errorParser(OAUTH_ERRORS)
            .build();
  }

  /**
   * Returns a provider for the client-credentials grant: {@code grant_type=client_credentials},
   * {@code client_id} and {@code client_secret} in the form body.
   *
   * @throws IllegalArgumentException if an id or secret is blank
   */
  public static OAuth2TokenProvider clientCredentials(
      ClientOptions options,
      URI tokenUri,
      String clientId,
      String clientSecret,
      Optional<String> scope) {
    return new OAuth2TokenProvider(
        options,
        tokenUri,
        "client_credentials",
        Validate.notBlank("clientId", clientId),
        Secret.of("clientSecret", clientSecret),
        null,
        scope);
  }

  /**
   * Returns a provider for the refresh-token grant: {@code grant_type=refresh_token}, the refresh
   * token, {@code client_id} and, when given, {@code client_secret} in the form body.
   *
   * @throws IllegalArgumentException if the client id or refresh token is blank
   */
  public static OAuth2TokenProvider refreshToken(
      ClientOptions options,
      URI tokenUri,
      String clientId,
      Optional<String> clientSecret,
      String refreshToken) {
    return new OAuth2TokenProvider(
        options,
        tokenUri,
        "refresh_token",
        Validate.notBlank("clientId", clientId),
        clientSecret.map(s -> Secret.of("clientSecret", s)).orElse(null),
        Secret.of("refreshToken", refreshToken),
        Optional.empty());
  }

  @Override
  public CompletableFuture<AccessToken> token(boolean async) {
    Cached cached = cache.get();
    if (cached != null && cached.fresh(clock.instant())) {
      return CompletableFuture.completedFuture(cached.token);
    }
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    CompletableFuture<AccessToken> running = inflight.compareAndExchange(null, mine);
    if (running != null) {
      return async ? running : settled(running);
    }
    Cached again = cache.get();
    if (again != null && again.fresh(clock.instant())) {
      inflight.set(null);
      mine.complete(again.token);
      return mine;
    }
    long started = System.nanoTime();
    fetch(async)
        .whenComplete(
            (response, error) -> {
              // Waiters get the token this fetch produced, never a re-read of the cache: an
              // invalidate() between publishing and completing would otherwise strand them.
              Cached fetched = null;
              Throwable failure = error;
              if (failure == null) {
                try {
                  fetched = toCached(response);
                  cache.set(fetched);
                } catch (RuntimeException e) {
                  failure = e;
                }
              }
              inflight.set(null);
              listener.tokenRefresh(
                  new TokenEvent(
                      TOKEN,
                      grant,
                      Duration.ofNanos(System.nanoTime() - started),
                      failure == null ? null : Async.unwrap(failure).getClass().getSimpleName()));
              if (failure == null) {
                mine.complete(fetched.token);
              } else {
                mine.completeExceptionally(Async.unwrap(failure));
              }
            });
    return async ? mine : settled(mine);
  }

  private CompletableFuture<TokenResponse> fetch(boolean async) {
    FormBody form = FormBody.empty().with("grant_type", grant);
    Secret refresh = refreshToken.get();
    if (refresh != null) {
      form = form.with("refresh_token", refresh.reveal());
    }
    form = form.with("client_id", clientId);
    if (clientSecret != null) {
      form = form.with("client_secret", clientSecret.reveal());
    }
    if (scope.isPresent()) {
      form = form.with("scope", scope.get());
    }
    Call<FormBody> call = Call.body(form);
    if (async) {
      return tokenClient.executeAsync(TOKEN, call);
    }
    try {
      return CompletableFuture.completedFuture(tokenClient.execute(TOKEN, call));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private Cached toCached(TokenResponse response) {
    if (response.accessToken == null || response.accessToken.isBlank()) {
      throw new ApiSerializationException(
          "oauth2.token: the token response has no access_token", null);
    }
    if (response.refreshToken != null
        && !response.refreshToken.isBlank()
        && refreshToken.get() != null) {
      refreshToken.set(Secret.of("refreshToken", response.refreshToken));
    }
    Instant now = clock.instant();
    if (response.expiresIn == null || response.expiresIn <= 0) {
      return new Cached(AccessToken.of(response.accessToken), Instant.MAX);
    }
    Duration lifetime = Duration.ofSeconds(response.expiresIn);
    Duration skew =
        lifetime.dividedBy(2).compareTo(MAX_SKEW) < 0 ? lifetime.dividedBy(2) : MAX_SKEW;
    return new Cached(
        AccessToken.of(response.accessToken, now.plus(lifetime)), now.plus(lifetime).minus(skew));
  }

  private static CompletableFuture<AccessToken> settled(CompletableFuture<AccessToken> f) {
    try {
      return CompletableFuture.completedFuture(f.join());
    } catch (CompletionException e) {
      return CompletableFuture.failedFuture(Async.unwrap(e));
    }
  }

  @Override
  public Optional<AccessToken> current() {
    Cached c = cache.get();
    return c == null ? Optional.empty() : Optional.of(c.token);
  }

  @Override
  public void invalidate(AccessToken rejected) {
    cache.updateAndGet(c -> c != null && c.token == rejected ? null : c);
  }

  @Override
  public boolean refreshable() {
    return true;
  }

  private Collection<String> secretValues() {
    List<String> values = new ArrayList<>();
    if (clientSecret != null) {
      values.add(clientSecret.reveal());
    }
    Secret refresh = refreshToken.get();
    if (refresh != null) {
      values.add(refresh.reveal());
    }
    current().ifPresent(t -> values.add(t.value().reveal()));
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @Override
  public String toString() {
    return "OAuth2TokenProvider{grant=" + grant + ", clientId=" + clientId + ", clientSecret=****}";
  }

  private static final class Cached {
    final AccessToken token;
    final Instant refreshAt;

    Cached(AccessToken token, Instant refreshAt) {
      this.token = token;
      this.refreshAt = Objects.requireNonNull(refreshAt);
    }

    boolean fresh(Instant now) {
      return now.isBefore(refreshAt);
    }
  }
}
