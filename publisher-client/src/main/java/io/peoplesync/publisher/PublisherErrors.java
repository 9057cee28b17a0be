package io.peoplesync.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ErrorDetails;
import io.peoplesync.core.spi.ErrorDetailsParser;

/**
 * Reads Publisher's error body, {@code {"error": {"summary", "ref", "link"}}} in JSON or the {@code
 * <error>} root element in XML: the ref becomes the vendor code, the summary the vendor message,
 * and the help link the {@code link} property.
 */
final class PublisherErrors {
  static final ErrorDetailsParser PARSER = PublisherErrors::parse;

  private PublisherErrors() {}

  static ErrorDetails parse(int status, JsonNode body) {
    JsonNode error = Envelopes.content(body, "error");
    if (!error.isObject() || !(error.has("summary") || error.has("ref"))) {
      return ErrorDetails.none();
    }
    return ErrorDetails.of(text(error, "ref"), text(error, "summary"))
        .withProperty("link", text(error, "link"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().trim();
  }
}
