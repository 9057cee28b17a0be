package io.peoplesync.testkit.springest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Springest's rules for an imported user: what is rejected, and how an accepted one is stored. */
final class SpringestRules {
  static final Set<String> LABELS = Set.of("Manager", "Non-approving manager", "Higher manager");
  private static final List<String> DATES =
      List.of("birthdate", "employment_start_date", "employment_end_date");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private SpringestRules() {}

  /** Returns Rails-style errors ({@code field -> messages}); empty when the user is valid. */
  static Map<String, List<String>> check(ObjectNode user, Predicate<String> isActiveUser) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (text(user, "external_id").isBlank() && text(user, "email").isBlank()) {
      add(errors, "base", "email or external_id must be present");
    }
    String email = text(user, "email");
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      add(errors, "email", "is invalid");
    }
    String gender = text(user, "gender");
    if (!gender.isEmpty() && !gender.equals("m") && !gender.equals("f")) {
      add(errors, "gender", "is not included in the list");
    }
    for (String field : DATES) {
      if (!isDate(user.path(field))) {
        add(errors, field, "is not a valid date");
      }
    }
    if (!isBoolean(user.path("active"))) {
      add(errors, "active", "is not a boolean");
    }
    JsonNode tags = user.path("tags");
    if (!tags.isMissingNode() && !tags.isNull() && !allText(tags)) {
      add(errors, "tags", "must be a list of texts");
    }
    checkApprovers(user.path("approvers"), isActiveUser, errors);
    return errors;
  }

  /**
   * Returns the user as stored after {@code sent} is applied to {@code stored} (null for a new
   * user): every field sent overwrites, even when empty; every field left out keeps its value; tags
   * lower-cased; {@code active} true unless it was ever sent otherwise; {@code can_approve} set.
   */
  static ObjectNode overwrite(ObjectNode stored, ObjectNode sent) {
    ObjectNode user = stored == null ? sent.objectNode() : stored.deepCopy();
    user.setAll(sent.deepCopy());
    JsonNode tags = user.path("tags");
    if (tags.isArray()) {
      ArrayNode lower = user.putArray("tags");
      tags.forEach(t -> lower.add(t.asText().toLowerCase(Locale.ROOT)));
    }
    user.put("active", !user.has("active") || user.get("active").asBoolean());
    user.path("approvers")
        .forEach(a -> ((ObjectNode) a).put("can_approve", a.path("can_approve").asBoolean(true)));
    return user;
  }

  /** Returns the text of {@code field}, or {@code ""} when it is missing, null or not text. */
  static String text(JsonNode user, String field) {
    JsonNode v = user.path(field);
    return v.isTextual() ? v.asText() : "";
  }

  private static void checkApprovers(
      JsonNode approvers, Predicate<String> isActiveUser, Map<String, List<String>> errors) {
    if (approvers.isMissingNode() || approvers.isNull()) {
      return;
    }
    if (!approvers.isArray()) {
      add(errors, "approvers", "must be a list");
      return;
    }
    for (JsonNode a : approvers) {
      String email = text(a, "email");
      if (!a.isObject() || email.isBlank()) {
        add(errors, "approvers", "email can't be blank");
      } else if (!isActiveUser.test(email)) {
        add(errors, "approvers", email + " is not an active user");
      }
      if (a.isObject() && !LABELS.contains(text(a, "label"))) {
        add(errors, "approvers", "label is not included in the list");
      }
      if (a.isObject() && !isBoolean(a.path("can_approve"))) {
        add(errors, "approvers", "can_approve is not a boolean");
      }
    }
  }

  private static boolean isDate(JsonNode v) {
    if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
      return true;
    }
    try {
      LocalDate.parse(v.asText(), DAY);
      return v.isTextual();
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isBoolean(JsonNode v) {
    return v.isMissingNode() || v.isBoolean();
  }

  private static boolean allText(JsonNode list) {
    if (!list.isArray()) {
      return false;
    }
    for (JsonNode t : list) {
      if (!t.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void add(Map<String, List<String>> errors, String field, String message) {
    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
  }
}
