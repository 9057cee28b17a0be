package io.peoplesync.springest;

import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.Secret;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.QueryApiKeyAuth;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Talks to one Springest Go site, authenticated by that site's API key.
 *
 * <p>Immutable and thread-safe: build one per site and share it. Springest issues one API key per
 * site; to keep several sites in step use {@link SpringestSites}.
 *
 * <pre>{@code
 * SpringestClient springest = SpringestClient.builder()
 *     .site("exampleorganisation", "nl")   // https://exampleorganisation.api.go.springest.nl
 *     .apiKey(System.getenv("SPRINGEST_API_KEY"))
 *     .build();
 * SpringestUserRef ref = springest.users().save(user);
 * }</pre>
 */
public class SpringestClient {
  private final ApiClient api;
  private final UsersApi users;

  SpringestClient(ApiClient api) {
    this.api = api;
    this.users = new UsersApi(api);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the user operations: save, look up, deactivate. */
  public UsersApi users() {
    return users;
  }

  /**
   * Returns the escape hatch for endpoints the typed model lacks; requests still carry the API key
   * and go through retries, logging and error mapping.
   */
  public RawApi raw() {
    return api.raw();
  }

  /** Returns the site's base URI (never the API key, which travels per request). */
  public URI baseUri() {
    return api.options().baseUri();
  }

  @Override
  public String toString() {
    return "SpringestClient{baseUri=" + baseUri() + ", apiKey=****}";
  }

  /**
   * Builds a {@link SpringestClient}: a site (or a base URI) and an API key are required.
   *
   * <p>Also takes every setting of {@link ClientBuilder} (timeouts, retry policy, own {@code
   * HttpClient}).
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private static final Pattern DNS_LABEL =
        Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}(?:\\.[a-z]{2,63})*");

    private String siteName;
    private String siteTld;
    private String apiKey;

    Builder() {}

    /**
     * Sets the Go site: {@code site("exampleorganisation", "nl")} talks to {@code
     * https://exampleorganisation.api.go.springest.nl}. A {@link #baseUri} set as well wins.
     */
    public Builder site(String name, String tld) {
      this.siteName = Objects.requireNonNull(name, "name == null");
      this.siteTld = Objects.requireNonNull(tld, "tld == null");
      return this;
    }

    /**
     * Sets the site's private API key; sent URL-encoded as the {@code api_key} query parameter and
     * masked in every log line, message and {@code toString()}.
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalArgumentException if the site name is not a DNS label, the top-level domain
     *     not letters and dots, or the API key blank
     * @throws IllegalStateException if the API key, or both site and base URI, are missing
     */
    public SpringestClient build() {
      Optional<URI> derived = Optional.empty();
      if (siteName != null) {
        String name = siteName.toLowerCase(Locale.ROOT);
        String tld = siteTld.toLowerCase(Locale.ROOT);
        if (!DNS_LABEL.matcher(name).matches()) {
          throw new IllegalArgumentException(
              "site name must be a DNS label: letters, digits and inner hyphens, at most 63");
        }
        if (!TLD.matcher(tld).matches()) {
          throw new IllegalArgumentException(
              "site tld must be letters separated by dots, like nl or co.uk");
        }
        derived = Optional.of(URI.create("https://" + name + ".api.go.springest." + tld));
      }
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required");
      }
      Secret key = Secret.of("apiKey", apiKey);
      return new SpringestClient(
          ApiClient.builder(options(derived))
              .auth(new QueryApiKeyAuth("api_key", key))
              .format(MediaFormat.JSON)
              .errorParser(new SpringestErrors())
              .build());
    }
  }
}
