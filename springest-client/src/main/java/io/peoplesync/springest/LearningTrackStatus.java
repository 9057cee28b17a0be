package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Lists the learning-track states a user lookup reports. */
public enum LearningTrackStatus {
  /** Wire value {@code not_compliant}. */
  NOT_COMPLIANT("not_compliant"),
  /** Wire value {@code expiring_soon}. */
  EXPIRING_SOON("expiring_soon"),
  /** Wire value {@code uncompleted}. */
  UNCOMPLETED("uncompleted"),
  /** Wire value {@code completed}. */
  COMPLETED("completed"),
  /** Wire value {@code no_tracks_assigned}. */
  NO_TRACKS_ASSIGNED("no_tracks_assigned"),
  /** Stands for a value this SDK does not know yet; the raw text stays readable on the status. */
  @JsonEnumDefaultValue
  UNKNOWN("");

  private final String wire;

  LearningTrackStatus(String wire) {
    this.wire = wire;
  }

  /** Returns the value as Springest writes it. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** Returns the status written {@code value}, or {@link #UNKNOWN} for any other text. */
  public static LearningTrackStatus fromWire(String value) {
    for (LearningTrackStatus s : values()) {
      if (s != UNKNOWN && s.wire.equals(value)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
