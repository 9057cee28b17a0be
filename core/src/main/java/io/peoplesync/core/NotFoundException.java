package io.peoplesync.core;

/** Thrown on 404 Not Found: the addressed resource does not exist. */
public class NotFoundException extends ApiResponseException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the failure the core observed. */
  public NotFoundException(ResponseFailure failure) {
    super(failure);
  }
}
