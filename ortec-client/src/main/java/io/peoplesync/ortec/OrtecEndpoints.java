package io.peoplesync.ortec;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.spi.Endpoint;
import io.peoplesync.core.spi.ErrorDetailsParser;

/** The User API's one operation, described twice: once safe to repeat, once not. */
final class OrtecEndpoints {
  /** A batch of upserts and deletes only: repeating it leaves the same state. */
  static final Endpoint<AccountsRequest, ResultsBody> SUBMIT_RETRY_SAFE =
      Endpoint.post("ortec.accounts.submit", "/accounts")
          .body(AccountsRequest.class)
          .format(MediaFormat.JSON)
          .idempotent(true)
          .returns(ResultsBody.class);

  /** A batch with an insert or update: not repeated once it may have reached ORTEC. */
  static final Endpoint<AccountsRequest, ResultsBody> SUBMIT =
      Endpoint.post("ortec.accounts.submitOnce", "/accounts")
          .body(AccountsRequest.class)
          .format(MediaFormat.JSON)
          .idempotent(false)
          .returns(ResultsBody.class);

  /**
   * Reads {@code {"error": "..."}} or {@code {"message": "..."}}; ORTEC documents no error body, so
   * this is the shape of its per-item errors applied to the whole response.
   */
  static final ErrorDetailsParser ERRORS =
      (status, body) -> {
        JsonNode message = body.path("error");
        if (!message.isTextual()) {
          message = body.path("message");
        }
        return message.isTextual() ? ErrorDetails.of(null, message.asText()) : ErrorDetails.none();
      };

  private OrtecEndpoints() {}
}
