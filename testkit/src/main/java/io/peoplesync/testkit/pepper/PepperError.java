package io.peoplesync.testkit.pepper;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.testkit.FakeResponse;

/** A refusal in Pepper's error shape, {@code {"code": "...", "message": "..."}}. */
final class PepperError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  PepperError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** Returns a 422 {@code Validation} error, Pepper's answer to input it rejects. */
  static PepperError validation(String message) {
    return new PepperError(422, "Validation", message);
  }

  /** Returns a 404 {@code NotFound} error. */
  static PepperError notFound(String message) {
    return new PepperError(404, "NotFound", message);
  }

  FakeResponse response() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("code", code);
    body.put("message", getMessage());
    return FakeResponse.json(status, body);
  }
}
