package io.peoplesync.publisher;

import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.Secret;
import io.peoplesync.core.TokenProvider;
import io.peoplesync.core.auth.OAuth2TokenProvider;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.BearerTokenAuth;
import io.peoplesync.core.spi.Validate;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A client of Thomson Reuters HighQ Publisher's user API, for one Publisher instance.
 *
 * <p>Immutable and thread-safe: build one and share it. Requests and responses are JSON unless
 * {@link Builder#format(MediaFormat)} chooses XML; responses are read in whichever format they
 * come.
 *
 * <pre>{@code
 * PublisherClient publisher = PublisherClient.builder()
 *     .baseUri(URI.create("https://acme.highq.com/acme"))
 *     .bearerToken(System.getenv("PUBLISHER_TOKEN"))
 *     .build();
 * PublisherUser user = publisher.users().get("ada@example.com");
 * }</pre>
 */
public class PublisherClient {
  private final ApiClient api;
  private final UsersApi users;

  PublisherClient(ApiClient api) {
    this.api = api;
    this.users = new UsersApi(api);
  }

  /** Returns a builder; a base URI and one token source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the user operations. */
  public UsersApi users() {
    return users;
  }

  /** Returns the raw escape hatch, for calls the typed API does not cover yet. */
  public RawApi raw() {
    return api.raw();
  }

  /** Returns the format requests are written in. */
  public MediaFormat format() {
    return api.format();
  }

  @Override
  public String toString() {
    return "PublisherClient{baseUri=" + api.options().baseUri() + ", format=" + api.format() + "}";
  }

  /**
   * Builds a {@link PublisherClient}. The base URI is the instance's context root, for example
   * {@code https://acme.highq.com/acme}; endpoint paths such as {@code /api/2/users} are appended.
   * Set one token source: {@link #bearerToken}, {@link #oauth2} or {@link #tokenProvider}; setting
   * another replaces it.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private MediaFormat format = MediaFormat.JSON;
    private Function<ClientOptions, TokenProvider> tokens;

    private Builder() {}

    /**
     * Sends this access token as {@code Authorization: Bearer}; it is never refreshed.
     *
     * @throws IllegalArgumentException if the token is blank
     */
    public Builder bearerToken(String token) {
      Secret secret = Secret.of("bearerToken", token);
      this.tokens = options -> TokenProvider.fixed(secret.reveal());
      return this;
    }

    /**
     * Fetches access tokens with the OAuth2 refresh-token grant from the instance's {@code
     * /api/oauth2/token}, caching each until shortly before it expires and refreshing once when
     * Publisher answers 401. The refresh token comes from the authorization-code flow an
     * administrator completes once; a rotated refresh token in a response replaces it.
     *
     * @throws IllegalArgumentException if any argument is blank
     */
    public Builder oauth2(String clientId, String clientSecret, String refreshToken) {
      String id = Validate.notBlank("clientId", clientId);
      Secret secret = Secret.of("clientSecret", clientSecret);
      Secret refresh = Secret.of("refreshToken", refreshToken);
      this.tokens =
          options ->
              OAuth2TokenProvider.refreshToken(
                  options,
                  tokenUri(options.baseUri()),
                  id,
                  Optional.of(secret.reveal()),
                  refresh.reveal());
      return this;
    }

    /** Takes access tokens from the caller's own source. */
    public Builder tokenProvider(TokenProvider provider) {
      Objects.requireNonNull(provider, "tokenProvider == null");
      this.tokens = options -> provider;
      return this;
    }

    /** Chooses JSON (the default) or XML for request bodies and the {@code Accept} header. */
    public Builder format(MediaFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if no base URI or no token source was set
     */
    public PublisherClient build() {
      ClientOptions options = options(Optional.empty());
      if (tokens == null) {
        throw new IllegalStateException(
            "a token source is required: set bearerToken, oauth2 or tokenProvider");
      }
      return new PublisherClient(
          ApiClient.builder(options)
              .auth(new BearerTokenAuth(tokens.apply(options)))
              .format(format)
              .errorParser(PublisherErrors.PARSER)
              .build());
    }

    private static URI tokenUri(URI baseUri) {
      String base = baseUri.toString();
      return URI.create((base.endsWith("/") ? base : base + "/") + "api/oauth2/token");
    }
  }
}
