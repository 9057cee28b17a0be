package io.peoplesync.spencer;

import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.TokenProvider;
import io.peoplesync.core.auth.OAuth2TokenProvider;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.AuthStrategy;
import io.peoplesync.core.spi.BearerTokenAuth;
import io.peoplesync.core.spi.Validate;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client for the Spencer Integration API (users, user tags, news), authenticated with an OAuth2
 * client-credentials token that it fetches, caches per {@code expires_in}, and refreshes when it
 * expires or Spencer answers 401. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * SpencerClient spencer = SpencerClient.builder()
 *     .customer("acme")
 *     .clientCredentials(System.getenv("SPENCER_CLIENT_ID"), System.getenv("SPENCER_SECRET"))
 *     .build();
 * boolean known = spencer.users().exists("E-1001");
 * }</pre>
 */
public class SpencerClient {
  private final ApiClient api;
  private final Optional<URI> tokenUri;
  private final UsersApi users;
  private final UserTagsApi userTags;
  private final NewsApi news;

  SpencerClient(ApiClient api, Optional<URI> tokenUri) {
    this.api = api;
    this.tokenUri = tokenUri;
    this.users = new UsersApi(api);
    this.userTags = new UserTagsApi(api);
    this.news = new NewsApi(api);
  }

  /** Returns a builder; set a customer or a base URI, and credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the Users endpoints, profile pictures included. */
  public UsersApi users() {
    return users;
  }

  /** Returns the user-tag endpoints. */
  public UserTagsApi userTags() {
    return userTags;
  }

  /** Returns the news endpoints. */
  public NewsApi news() {
    return news;
  }

  /** Returns the escape hatch for calls the typed API does not cover, with the same auth. */
  public RawApi raw() {
    return api.raw();
  }

  /** Returns the base URI in use; for tests of the derived hosts. */
  URI baseUri() {
    return api.options().baseUri();
  }

  /** Returns the token URI in use, empty with a static access token; for tests. */
  Optional<URI> tokenUri() {
    return tokenUri;
  }

  @Override
  public String toString() {
    return "SpencerClient{baseUri=" + baseUri() + ", tokenUri=" + tokenUri.orElse(null) + "}";
  }

  /**
   * Builds a {@link SpencerClient}. {@link #build()} checks the settings and throws {@link
   * IllegalArgumentException} or {@link IllegalStateException} naming the one at fault.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    /** A DNS label short enough that {@code <customer>-stag-api} is one as well. */
    private static final Pattern CUSTOMER = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,52}[a-z0-9])?");

    private String customer;
    private SpencerEnvironment environment = SpencerEnvironment.PRODUCTION;
    private URI tokenUri;
    private String clientId;
    private String clientSecret;
    private String accessToken;

    private Builder() {}

    /**
     * Sets the customer name Spencer gave you; it derives the API base URI {@code
     * https://<customer>-api.spencer.co/agent/integration/api/v1} and the identity realm. Must be a
     * lowercase DNS label of at most 54 characters.
     */
    public Builder customer(String customer) {
      this.customer = Objects.requireNonNull(customer, "customer == null");
      return this;
    }

    /** Derives the staging hosts ({@code <customer>-stag-api}, staging identity) instead. */
    public Builder staging() {
      this.environment = SpencerEnvironment.STAGING;
      return this;
    }

    /** Sets the OAuth2 token endpoint, overriding the one derived from the customer. */
    public Builder tokenUri(URI tokenUri) {
      this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri == null");
      return this;
    }

    /** Authenticates with the client-credentials grant; excludes {@link #accessToken}. */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /** Authenticates with a token obtained elsewhere, never refreshed; excludes credentials. */
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken == null");
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalArgumentException if the customer is not a valid DNS label, or an id, secret
     *     or token is blank
     * @throws IllegalStateException if neither or both of clientCredentials and accessToken are
     *     set, or a base URI or (for client credentials) token URI can be neither derived nor found
     */
    public SpencerClient build() {
      Optional<String> name = Optional.ofNullable(customer);
      name.ifPresent(
          c ->
              Validate.check(
                  CUSTOMER.matcher(c).matches(),
                  "customer",
                  "must be a lowercase DNS label of at most 54 characters (a-z, 0-9, '-')"));
      boolean credentials = clientId != null;
      if (credentials == (accessToken != null)) {
        throw new IllegalStateException(
            credentials
                ? "clientCredentials and accessToken are mutually exclusive: set one"
                : "credentials are required: set clientCredentials(...) or accessToken(...)");
      }
      Optional<URI> token =
          credentials
              ? Optional.of(
                  Optional.ofNullable(tokenUri)
                      .or(() -> name.map(environment::tokenUri))
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "tokenUri is required with clientCredentials: "
                                      + "set customer(...) or tokenUri(...)")))
              : Optional.empty();
      ClientOptions options = options(name.map(environment::apiUri));
      AuthStrategy auth =
          new BearerTokenAuth(
              token.isPresent()
                  ? OAuth2TokenProvider.clientCredentials(
                      options, token.get(), clientId, clientSecret, Optional.empty())
                  : TokenProvider.fixed(Validate.notBlank("accessToken", accessToken)));
      ApiClient api =
          ApiClient.builder(options)
              .auth(auth)
              .format(MediaFormat.JSON)
              .errorParser(SpencerErrors.PARSER)
              .build();
      return new SpencerClient(api, token);
    }
  }
}
