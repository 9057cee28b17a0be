package io.peoplesync.core;

/**
 * Thrown on 401 Unauthorized or 403 Forbidden: credentials missing, wrong, expired or without the
 * needed rights.
 */
public class AuthenticationException extends ApiResponseException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the failure the core observed. */
  public AuthenticationException(ResponseFailure failure) {
    super(failure);
  }
}
