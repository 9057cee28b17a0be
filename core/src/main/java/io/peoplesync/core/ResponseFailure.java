package io.peoplesync.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes an unsuccessful response, as carried by {@link ApiResponseException}.
 *
 * <p>The core builds this value; vendor code and users only read it.
 */
public final class ResponseFailure {
  private final String endpoint;
  private final String method;
  private final String pathTemplate;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final String body;
  private final ErrorDetails details;

  /** Creates a failure description; {@code body} must already be cut and redacted. */
  public ResponseFailure(
      String endpoint,
      String method,
      String pathTemplate,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      ErrorDetails details) {
    this.endpoint = endpoint;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.body = body;
    this.details = details;
  }

  String message() {
    return EndpointInfo.describe(
        method, pathTemplate, " -> " + statusCode + " " + reason(statusCode), endpoint);
  }

  String endpoint() {
    return endpoint;
  }

  String method() {
    return method;
  }

  String pathTemplate() {
    return pathTemplate;
  }

  int statusCode() {
    return statusCode;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  String body() {
    return body;
  }

  ErrorDetails details() {
    return details;
  }

  Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  Optional<String> requestId() {
    Optional<String> id = header("x-request-id");
    return id.isPresent() ? id : header("request-id");
  }

  static String reason(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 410:
        return "Gone";
      case 413:
        return "Payload Too Large";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 501:
        return "Not Implemented";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "HTTP " + status;
    }
  }
}
