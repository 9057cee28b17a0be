package io.peoplesync.pepper;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ApiException;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.spi.ErrorDetailsParser;
import java.util.Locale;

/**
 * Recognises Pepper's error answers, which have the form {@code {"code": "Validation", "message":
 * "…"}}; the code and message reach callers as {@link ApiResponseException#vendorCode()} and {@link
 * ApiResponseException#vendorMessage()}.
 */
public final class PepperErrors {
  /** The {@code code} Pepper sends with a 422 when it rejects the input. */
  public static final String VALIDATION = "Validation";

  static final ErrorDetailsParser PARSER =
      (status, body) ->
          body.isObject()
              ? ErrorDetails.of(text(body, "code"), text(body, "message"))
              : ErrorDetails.none();

  private PepperErrors() {}

  /** Returns whether {@code e} is a rejected input with the {@code Validation} code. */
  public static boolean isValidation(ApiException e) {
    return e instanceof BadRequestException
        && ((BadRequestException) e).vendorCode().filter(VALIDATION::equals).isPresent();
  }

  /**
   * Returns whether {@code e} says a credential (e-mail or phone) on a new user already belongs to
   * another account. A caller can then find that account with {@code
   * users().list(UserQuery.builder().credentialId(email).limit(3).build())}.
   *
   * <p>Pepper signals it only in the message text, so this matches {@code "already associated"} in
   * a {@code Validation} error.
   */
  public static boolean isCredentialAlreadyAssociated(ApiException e) {
    return isValidation(e)
        && ((BadRequestException) e)
            .vendorMessage()
            .filter(m -> m.toLowerCase(Locale.ROOT).contains("already associated"))
            .isPresent();
  }

  private static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }
}
