package io.peoplesync.springest;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Lists the three roles an {@link Approver} can have for a user, with the labels Springest shows.
 */
public enum ApproverLabel {
  /** The direct manager: sees bookings, compliance and budgets and approves bookings. */
  MANAGER("Manager"),
  /** A secondary manager: sees bookings, compliance and budgets but approves nothing. */
  NON_APPROVING_MANAGER("Non-approving manager"),
  /** The manager's manager: approves bookings above a price threshold. */
  HIGHER_MANAGER("Higher manager"),
  /** Stands for any other label read from JSON; an approver holding it is rejected. */
  @JsonEnumDefaultValue
  UNKNOWN("");

  private final String wire;

  ApproverLabel(String wire) {
    this.wire = wire;
  }

  /** Returns the label sent on the wire, for example {@code "Higher manager"}. */
  @JsonValue
  public String wire() {
    return wire;
  }
}
