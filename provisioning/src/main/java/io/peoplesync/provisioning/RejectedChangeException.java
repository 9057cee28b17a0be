package io.peoplesync.provisioning;

import io.peoplesync.core.ApiException;

/**
 * A change that was not applied although no request failed as a whole: the vendor refused the one
 * item (an ORTEC per-item error), or the employee's data cannot be written to the vendor (a value
 * its client rejects before sending, such as a missing e-mail address Publisher requires). The
 * message names the target and the reason, never a secret.
 */
public class RejectedChangeException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message safe to log and an optional cause. */
  public RejectedChangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
