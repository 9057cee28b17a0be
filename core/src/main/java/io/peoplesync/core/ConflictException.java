package io.peoplesync.core;

/** Thrown on 409 Conflict: the resource already exists or changed concurrently. */
public class ConflictException extends ApiResponseException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the failure the core observed. */
  public ConflictException(ResponseFailure failure) {
    super(failure);
  }
}
