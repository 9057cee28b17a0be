package io.peoplesync.core;

/**
 * Thrown when a body could not be written or read: the model and the wire disagree.
 *
 * <p>The message names the endpoint and the type involved, never the body itself.
 */
public class ApiSerializationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that is safe to log. */
  public ApiSerializationException(String message, Throwable cause) {
    super(message, cause);
  }
}
