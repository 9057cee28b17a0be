package io.peoplesync.core;

import java.util.List;
import java.util.Map;

/** Thrown on 400 Bad Request or 422 Unprocessable Entity: the server rejected the input. */
public class BadRequestException extends ApiResponseException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the failure the core observed. */
  public BadRequestException(ResponseFailure failure) {
    super(failure);
  }

  /**
   * Returns the field errors the vendor reported, keyed by field name; empty when the vendor
   * reports none. Messages that name no field are listed under the key {@code ""}.
   */
  public Map<String, List<String>> fieldErrors() {
    return details().fieldErrors();
  }
}
