package io.peoplesync.core;

/** How a call or an attempt ended, as {@link EventListener}s see it. */
public enum CallOutcome {
  /** A 2xx response. */
  SUCCESS,
  /** A 1xx or 3xx response, which peoplesync never follows. */
  REDIRECTION,
  /** A 4xx response. */
  CLIENT_ERROR,
  /** A 5xx response. */
  SERVER_ERROR,
  /** No response arrived: connect failure, reset, timeout. */
  TRANSPORT_ERROR,
  /** Any other failure, such as a body that could not be written or decoded. */
  FAILED;

  /** Returns the outcome of a response with {@code statusCode}. */
  public static CallOutcome ofStatus(int statusCode) {
    if (statusCode >= 200 && statusCode < 300) {
      return SUCCESS;
    }
    if (statusCode >= 400 && statusCode < 500) {
      return CLIENT_ERROR;
    }
    return statusCode >= 500 ? SERVER_ERROR : REDIRECTION;
  }

  /** Returns the outcome of a call that failed with {@code error} before any response. */
  public static CallOutcome ofFailure(Throwable error) {
    return error instanceof ApiTransportException ? TRANSPORT_ERROR : FAILED;
  }
}
