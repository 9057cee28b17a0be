package io.peoplesync.spencer;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * How a Spencer user signs in. {@link #UNKNOWN} stands for any value this SDK does not know; the
 * wire string itself stays readable through {@link SpencerUser#authenticationType()}.
 */
public enum AuthenticationType {
  /** A Spencer username and password. */
  @JsonProperty("username_password")
  USERNAME_PASSWORD("username_password"),
  /** The customer's own identity provider (single sign-on). */
  @JsonProperty("company_account")
  COMPANY_ACCOUNT("company_account"),
  /** A value this SDK does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN("");

  private final String wireName;

  AuthenticationType(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the string Spencer uses for this type.
   *
   * @throws IllegalArgumentException for {@link #UNKNOWN}, which has no wire form
   */
  public String wireName() {
    if (this == UNKNOWN) {
      throw new IllegalArgumentException("authenticationType UNKNOWN cannot be sent");
    }
    return wireName;
  }

  /** Returns the type for a wire string, {@link #UNKNOWN} when it is not one this SDK knows. */
  public static AuthenticationType fromWire(String value) {
    for (AuthenticationType t : values()) {
      if (t != UNKNOWN && t.wireName.equals(value)) {
        return t;
      }
    }
    return UNKNOWN;
  }

  static Optional<AuthenticationType> fromWire(Optional<String> value) {
    return value.map(AuthenticationType::fromWire);
  }
}
