package io.peoplesync.provisioning;

import java.util.Locale;
import java.util.Objects;

/**
 * An employee's employment status as the HR system reports it: one of the four known statuses, or
 * any other value kept as the raw text so that nothing read from HR is lost.
 *
 * <p>Provisioning treats {@link #PREHIRE}, {@link #ACTIVE} and {@link #LEAVE} (a temporary absence)
 * as "should have an active account", {@link #TERMINATED} as "should be deactivated", and an
 * unknown value as "keep the account's activation as it is" while still syncing its fields.
 */
public final class EmploymentStatus {
  /** Hired, not started yet: accounts are created ahead of the start date. */
  public static final EmploymentStatus PREHIRE = new EmploymentStatus("PREHIRE", true);

  /** Working. */
  public static final EmploymentStatus ACTIVE = new EmploymentStatus("ACTIVE", true);

  /** On a temporary leave (parental, sick, sabbatical): the account stays active. */
  public static final EmploymentStatus LEAVE = new EmploymentStatus("LEAVE", true);

  /** Left the company: the account is deactivated (or deleted, by the target's policy). */
  public static final EmploymentStatus TERMINATED = new EmploymentStatus("TERMINATED", true);

  private final String value;
  private final boolean known;

  private EmploymentStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /**
   * Returns the status that {@code raw} names: a known one in any letter case and with surrounding
   * blanks ignored, otherwise an unknown status that keeps {@code raw} exactly.
   *
   * @throws IllegalArgumentException if {@code raw} is null or blank
   */
  public static EmploymentStatus of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("status: must not be blank");
    }
    switch (raw.trim().toUpperCase(Locale.ROOT)) {
      case "PREHIRE":
        return PREHIRE;
      case "ACTIVE":
        return ACTIVE;
      case "LEAVE":
        return LEAVE;
      case "TERMINATED":
        return TERMINATED;
      default:
        return new EmploymentStatus(raw, false);
    }
  }

  /** Returns the status's text: the constant's name, or the raw value of an unknown status. */
  public String value() {
    return value;
  }

  /** Returns whether this is one of the four known statuses. */
  public boolean isKnown() {
    return known;
  }

  /** Returns whether the employee should have an active account (PREHIRE, ACTIVE or LEAVE). */
  public boolean isEmployed() {
    return this == PREHIRE || this == ACTIVE || this == LEAVE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmploymentStatus && ((EmploymentStatus) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
