package io.peoplesync.core;

/**
 * Root of every exception a peoplesync client throws for a failed call.
 *
 * <p>All peoplesync exceptions are unchecked. Catch {@code ApiException} to handle every failure of
 * a call, or one of its subclasses to branch on the cause. No message of this hierarchy ever
 * contains a secret, a full URL, a query string or a request body.
 */
public abstract class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that is safe to log, and an optional cause. */
  protected ApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
