package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of a Pepper action. Only the user-related kinds are named; any other reads as {@link
 * #UNKNOWN}, and {@link PepperAction#typeName()} still gives the name Pepper sent.
 */
public enum ActionType {
  /** A new user signed up. */
  USER_CREATED,
  /** A user record changed; the action's metadata holds only the changed fields. */
  USER_CHANGED,
  /** A user was removed on a GDPR request. */
  USER_DELETED,
  /** A user confirmed their login credential (e-mail or phone). */
  USER_ACTIVATED,
  /** A secondary credential (for example an e-mail) was verified. */
  CREDENTIAL_VERIFIED,
  /** An activation message was sent again; not needed to keep a directory in step. */
  USER_ACTIVATION_RESENT,
  /** Any kind this SDK does not name; never sent as a filter. */
  @JsonEnumDefaultValue
  UNKNOWN;

  private static final Set<ActionType> LIFECYCLE =
      Collections.unmodifiableSet(
          EnumSet.of(
              USER_CREATED, USER_CHANGED, USER_DELETED, USER_ACTIVATED, CREDENTIAL_VERIFIED));

  /**
   * Returns the kinds a directory sync follows: created, changed, deleted, activated and credential
   * verified (not {@link #USER_ACTIVATION_RESENT}).
   */
  public static Set<ActionType> userLifecycle() {
    return LIFECYCLE;
  }

  /** Returns the constant named {@code name}, or {@link #UNKNOWN}. */
  public static ActionType fromName(String name) {
    for (ActionType t : values()) {
      if (t != UNKNOWN && t.name().equals(name)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
