package io.peoplesync.testkit.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publisher's documented field rules for a user sent to add or update, each answered with its
 * {@code ref}: e-mail required (101) and well-formed (104), first name required and 1–100
 * characters (102), secretary's e-mail well-formed (104), department at most 256 characters (354),
 * status {@code active} or {@code inactive} (116).
 */
final class PublisherRules {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private PublisherRules() {}

  /**
   * Checks a canonical user and returns its status in lower case, or null when it has none.
   *
   * @throws PublisherRejection (400) naming the first rule broken
   */
  static String check(JsonNode user) {
    String email = text(user, "email");
    if (email == null) {
      throw PublisherRejection.badRequest(101, "Email is required");
    }
    if (!EMAIL.matcher(email).matches()) {
      throw PublisherRejection.badRequest(104, "Email address is not valid");
    }
    String firstName = text(user.path("name"), "firstname");
    if (firstName == null) {
      throw PublisherRejection.badRequest(102, "First name is required");
    }
    if (firstName.length() > 100) {
      throw PublisherRejection.badRequest(102, "First name must be between 1 and 100 characters");
    }
    String secretaryMail = text(user, "secretarymail");
    if (secretaryMail != null && !EMAIL.matcher(secretaryMail).matches()) {
      throw PublisherRejection.badRequest(104, "Secretary's email address is not valid");
    }
    String department = text(user, "department");
    if (department != null && department.length() > 256) {
      throw PublisherRejection.badRequest(354, "Department cannot exceed 256 characters");
    }
    String status = text(user, "status");
    if (status == null) {
      return null;
    }
    String lower = status.toLowerCase(Locale.ROOT);
    if (!lower.equals("active") && !lower.equals("inactive")) {
      throw PublisherRejection.badRequest(116, "Status must be active or inactive");
    }
    return lower;
  }

  /** Returns the trimmed text of a value field, or null when it is absent, blank or not a value. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.asText().isBlank() ? v.asText().trim() : null;
  }
}
