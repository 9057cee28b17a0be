package io.peoplesync.pepper;

import io.peoplesync.core.ClientBuilder;
import io.peoplesync.core.ClientOptions;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RawApi;
import io.peoplesync.core.Secret;
import io.peoplesync.core.spi.ApiClient;
import io.peoplesync.core.spi.HeaderTokenAuth;
import io.peoplesync.core.spi.Validate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes Pepper users and reads Pepper's action feed.
 *
 * <p>Every call sends {@code Authorization: Token …}, {@code x-application-id} (the merchant code)
 * and {@code x-api-version} (8 unless set), plus {@code x-client-platform} when configured. Build
 * one client and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * PepperClient pepper = PepperClient.builder()
 *     .token(System.getenv("PEPPER_TOKEN"))
 *     .applicationId(System.getenv("PEPPER_APPLICATION_ID"))
 *     .build();
 * }</pre>
 */
public class PepperClient {
  private final ApiClient api;
  private final UsersApi users;
  private final ActionsApi actions;
  private final String description;

  PepperClient(ApiClient api, String description) {
    this.api = api;
    this.users = new UsersApi(api);
    this.actions = new ActionsApi(api);
    this.description = description;
  }

  /** Returns a builder; {@code token} and {@code applicationId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the user operations: paged listing, create, update and GDPR delete. */
  public UsersApi users() {
    return users;
  }

  /** Returns the action feed: listing by time window and a checkpointing poller. */
  public ActionsApi actions() {
    return actions;
  }

  /** Returns the raw escape hatch over the same pipeline, for endpoints the model lacks. */
  public RawApi raw() {
    return api.raw();
  }

  @Override
  public String toString() {
    return description;
  }

  /** Builds a {@link PepperClient}; {@link #build()} checks every setting. */
  public static final class Builder extends ClientBuilder<Builder> {
    private PepperEnvironment environment = PepperEnvironment.PRODUCTION;
    private String token;
    private String applicationId;
    private int apiVersion = 8;
    private String clientPlatform;

    Builder() {}

    /** Selects the host; ignored when {@link #baseUri} is set. Production by default. */
    public Builder environment(PepperEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment == null");
      return this;
    }

    /** Sets the API token Pepper issued; sent as {@code Authorization: Token …}, never logged. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token == null");
      return this;
    }

    /** Sets the merchant code sent as {@code x-application-id}. */
    public Builder applicationId(String applicationId) {
      this.applicationId = Objects.requireNonNull(applicationId, "applicationId == null");
      return this;
    }

    /** Sets {@code x-api-version}; 8 by default. The version changes response shapes. */
    public Builder apiVersion(int apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /** Sets the optional {@code x-client-platform} header (for example your integration's name). */
    public Builder clientPlatform(String clientPlatform) {
      this.clientPlatform = Objects.requireNonNull(clientPlatform, "clientPlatform == null");
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalArgumentException if the token or application id is blank or the API version
     *     is not positive
     */
    public PepperClient build() {
      Secret secret = Secret.of("token", token);
      Validate.notBlank("applicationId", applicationId);
      Validate.check(apiVersion > 0, "apiVersion", "must be positive");
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("x-application-id", applicationId);
      headers.put("x-api-version", Integer.toString(apiVersion));
      if (clientPlatform != null) {
        headers.put("x-client-platform", Validate.notBlank("clientPlatform", clientPlatform));
      }
      ClientOptions options = options(Optional.of(environment.baseUri()));
      ApiClient api =
          ApiClient.builder(options)
              .auth(new HeaderTokenAuth("Token", secret, headers))
              .format(MediaFormat.JSON)
              .errorParser(PepperErrors.PARSER)
              .build();
      return new PepperClient(
          api,
          "PepperClient{baseUri="
              + options.baseUri()
              + ", applicationId="
              + applicationId
              + ", apiVersion="
              + apiVersion
              + ", token=****}");
    }

    @Override
    public String toString() {
      return "PepperClient.Builder{environment="
          + environment
          + ", applicationId="
          + applicationId
          + ", apiVersion="
          + apiVersion
          + ", token=****}";
    }
  }
}
