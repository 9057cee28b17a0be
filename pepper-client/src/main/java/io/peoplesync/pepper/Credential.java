package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A login credential of a Pepper user: a provider ({@code EMAIL}, {@code MOBILE}, …) and the
 * address or number. On create it may carry the password as {@code token}, which never shows in
 * {@code toString()}.
 *
 * <p>Blank values are refused when a credential is sent ({@link NewPepperUser}), not when one is
 * built or read: whatever Pepper stores stays readable.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCredential.class)
@JsonDeserialize(as = ImmutableCredential.class)
public interface Credential {
  /** The provider Pepper uses for e-mail logins. */
  String EMAIL = "EMAIL";

  /** The provider Pepper uses for phone-number logins. */
  String MOBILE = "MOBILE";

  /** Returns the provider, for example {@link #EMAIL} or {@link #MOBILE}. */
  @JsonProperty("provider")
  String provider();

  /** Returns the e-mail address or phone number that identifies the login. */
  @JsonProperty("id")
  String id();

  /** Returns the password sent with a new credential; masked in {@code toString()}. */
  @JsonProperty("token")
  @Value.Redacted
  Optional<String> token();

  /** Returns fields the model does not know, kept as sent. */
  @JsonAnyGetter
  Map<String, JsonNode> extras();

  /** Returns an e-mail credential without a password. */
  static Credential email(String address) {
    return builder().provider(EMAIL).id(address).build();
  }

  /** Returns a phone-number credential without a password. */
  static Credential mobile(String number) {
    return builder().provider(MOBILE).id(number).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Credential}; {@code provider} and {@code id} are required. */
  class Builder extends ImmutableCredential.Builder {}
}
