package io.peoplesync.core;

/**
 * Thrown on a 5xx status: the vendor failed; idempotent calls were already retried per the client's
 * RetryPolicy.
 */
public class ServerException extends ApiResponseException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the failure the core observed. */
  public ServerException(ResponseFailure failure) {
    super(failure);
  }
}
