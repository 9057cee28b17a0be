package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import io.peoplesync.core.spi.Validate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a user creation: names, login credentials and consent flags.
 *
 * <pre>{@code
 * NewPepperUser.builder().firstName("Ann").lastName("Lee")
 *     .addCredential(Credential.builder().provider(Credential.EMAIL).id("ann@example.com")
 *         .token(password).build())
 *     .hasAgreedToShareData(true).hasAgreedToReceiveMarketing(false)
 *     .autoActivate(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableNewPepperUser.class)
@JsonDeserialize(as = ImmutableNewPepperUser.class)
public interface NewPepperUser {
  /** Returns the first name. */
  @JsonProperty("firstName")
  Optional<String> firstName();

  /** Returns the last name. */
  @JsonProperty("lastName")
  Optional<String> lastName();

  /** Returns the login credentials; a password goes in each credential's {@code token}. */
  @JsonProperty("credentials")
  List<Credential> credentials();

  /** Returns whether the user agreed to share data; omitted when unset. */
  @JsonProperty("hasAgreedToShareData")
  Optional<Boolean> hasAgreedToShareData();

  /** Returns whether the user agreed to receive marketing; omitted when unset. */
  @JsonProperty("hasAgreedToReceiveMarketing")
  Optional<Boolean> hasAgreedToReceiveMarketing();

  /**
   * Returns whether Pepper activates the account at once instead of sending an activation message;
   * sent as the query parameter {@code autoActivate=true}, not in the body. False by default.
   */
  @JsonIgnore
  default boolean autoActivate() {
    return false;
  }

  /** Returns further body fields the model does not name, sent as given. */
  @JsonAnyGetter
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> extras();

  /**
   * Rejects blank names, a credential with a blank value, and an extra field repeating a set one.
   */
  @Value.Check
  default void check() {
    firstName().ifPresent(v -> Validate.notBlank("firstName", v));
    lastName().ifPresent(v -> Validate.notBlank("lastName", v));
    for (Credential c : credentials()) {
      Validate.notBlank("credential.provider", c.provider());
      Validate.notBlank("credential.id", c.id());
      c.token().ifPresent(t -> Validate.notBlank("credential.token", t));
    }
    UserFields.checkExtras(
        extras().keySet(),
        Map.of(
            "firstName", firstName().isPresent(),
            "lastName", lastName().isPresent(),
            "credentials", !credentials().isEmpty(),
            "hasAgreedToShareData", hasAgreedToShareData().isPresent(),
            "hasAgreedToReceiveMarketing", hasAgreedToReceiveMarketing().isPresent()));
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewPepperUser}. */
  class Builder extends ImmutableNewPepperUser.Builder {}
}
