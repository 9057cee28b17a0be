package io.peoplesync.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ErrorDetails;

/**
 * Reads a vendor's error body into {@link ErrorDetails}.
 *
 * <p>The core hands over the body already parsed into a tree, whichever format it came in (a JSON
 * body and an XML body with the same elements give the same tree). A parser must not throw: when
 * the tree is not in the vendor's format it returns {@link ErrorDetails#none()}.
 */
@FunctionalInterface
public interface ErrorDetailsParser {
  /** Returns what the error body says, or {@link ErrorDetails#none()}. */
  ErrorDetails parse(int statusCode, JsonNode body);

  /** Returns a parser that finds nothing. */
  static ErrorDetailsParser none() {
    return (status, body) -> ErrorDetails.none();
  }
}
