package io.peoplesync.core;

import java.util.Objects;

/**
 * A credential that never shows itself: {@code toString()} is {@code ****}. Only the auth stage
 * that puts it on the wire calls {@link #reveal()}.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps {@code value}.
   *
   * @throws IllegalArgumentException naming {@code field} if the value is null or blank
   */
  public static Secret of(String field, String value) {
    Objects.requireNonNull(field, "field == null");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return new Secret(value);
  }

  /** Returns the plain value, for the wire only. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "****";
  }
}
