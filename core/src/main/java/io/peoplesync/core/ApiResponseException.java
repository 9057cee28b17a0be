package io.peoplesync.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thrown when the server answered with a status that is not a success.
 *
 * <p>Subclasses cover the statuses callers usually branch on; any other unsuccessful status is
 * reported as this class. The message has the form {@code "POST /users/{userId} -> 409 Conflict
 * [spencer.users.create]"}: it names the path template, never the concrete URL.
 */
public class ApiResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final transient ResponseFailure failure;

  /** Creates the exception from the failure the core observed. */
  public ApiResponseException(ResponseFailure failure) {
    super(failure.message(), null);
    this.failure = failure;
  }

  /** Returns the HTTP status code. */
  public int statusCode() {
    return failure.statusCode();
  }

  /** Returns the response headers; names are lower case. */
  public Map<String, List<String>> headers() {
    return failure == null ? Collections.emptyMap() : failure.headers();
  }

  /** Returns the response body, cut to a few kilobytes, with known secrets masked. */
  public String body() {
    return failure.body();
  }

  /** Returns the vendor's error code or reference, when the vendor's error body carries one. */
  public Optional<String> vendorCode() {
    return failure.details().vendorCode();
  }

  /** Returns the vendor's human-readable error message, when the error body carries one. */
  public Optional<String> vendorMessage() {
    return failure.details().vendorMessage();
  }

  /** Returns everything the vendor's error body parser found. */
  public ErrorDetails details() {
    return failure.details();
  }

  /** Returns the endpoint name, for example {@code spencer.users.create}. */
  public String endpoint() {
    return failure.endpoint();
  }

  /** Returns the HTTP method of the failed request. */
  public String method() {
    return failure.method();
  }

  /** Returns the path template of the failed request, for example {@code /users/{userId}}. */
  public String pathTemplate() {
    return failure.pathTemplate();
  }

  /** Returns the request id the vendor sent back, when it sends one. */
  public Optional<String> requestId() {
    return failure.requestId();
  }
}
