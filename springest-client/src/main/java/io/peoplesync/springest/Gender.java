package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Lists the genders Springest accepts, written {@code "m"} and {@code "f"} on the wire. */
public enum Gender {
  /** Written {@code "m"}. */
  MALE("m"),
  /** Written {@code "f"}. */
  FEMALE("f"),
  /** Stands for any other value read from JSON; a user holding it is rejected before sending. */
  @JsonEnumDefaultValue
  UNKNOWN("");

  private final String wire;

  Gender(String wire) {
    this.wire = wire;
  }

  /** Returns the value sent on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /**
   * Returns the gender written {@code value} ({@code "m"} or {@code "f"}), else {@link #UNKNOWN}.
   */
  public static Gender fromWire(String value) {
    for (Gender g : values()) {
      if (g != UNKNOWN && g.wire.equals(value)) {
        return g;
      }
    }
    return UNKNOWN;
  }
}
