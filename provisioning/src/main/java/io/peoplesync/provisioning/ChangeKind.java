package io.peoplesync.provisioning;

/** What a {@link Change} does to one employee's user in one target. */
public enum ChangeKind {
  /** The user does not exist in the target: it is created. */
  CREATE,
  /** The user exists and differs: the changed fields are written (a rehire reactivates too). */
  UPDATE,
  /** The user is as it should be: nothing is sent. */
  UNCHANGED,
  /** The employee left (terminated, or absent from a full population): the user is deactivated. */
  DEACTIVATE,
  /** The target's deletion policy removes the user. */
  DELETE
}
