package io.peoplesync.core.spi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Map;

/**
 * Checks for vendor builders and {@code @Value.Check} methods. Each throws {@link
 * IllegalArgumentException} with a message that names the field and the rule, never the value
 * (which may be personal data).
 */
public final class Validate {
  private Validate() {}

  /** Requires {@code value} to be non-null and not blank. */
  public static String notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** Requires {@code value} to have at most {@code max} characters. */
  public static String maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be at most " + max + " characters (was " + value.length() + ")");
    }
    return value;
  }

  /** Requires {@code value} to have between {@code min} and {@code max} characters. */
  public static String length(String field, String value, int min, int max) {
    int n = value == null ? 0 : value.length();
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          field + " must be " + min + " to " + max + " characters (was " + n + ")");
    }
    return value;
  }

  /** Requires {@code value} to look like an e-mail address ({@code name@domain.tld}). */
  public static String email(String field, String value) {
    if (value == null || !isEmail(value)) {
      throw new IllegalArgumentException(
          field + " must be an e-mail address like name@example.com");
    }
    return value;
  }

  /**
   * Returns whether {@code value} matches {@code [^@\s]+@[^@\s]+\.[^@\s.]+}: one {@code @}, no
   * whitespace, and a dot in the domain with text on both sides of its last dot. Written out rather
   * than as a regular expression because it runs on every address of every write.
   */
  static boolean isEmail(String value) {
    int at = -1;
    int lastDot = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
        return false;
      } else if (c == '.' && at >= 0) {
        lastDot = i;
      }
    }
    return at > 0 && lastDot > at + 1 && lastDot < value.length() - 1;
  }

  /**
   * Requires {@code value} to be a valid date in {@code pattern} (for example {@code uuuu-MM-dd}).
   */
  public static LocalDate date(String field, String value, String pattern) {
    try {
      return LocalDate.parse(
          value, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(field + " must be a valid date in the format " + pattern);
    }
  }

  /** Requires {@code value} to be one of {@code allowed}. */
  public static String oneOf(String field, String value, Collection<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      throw new IllegalArgumentException(field + " must be one of " + allowed);
    }
    return value;
  }

  /** Requires {@code map} to contain {@code key}, for example an {@code en-US} translation. */
  public static <V> Map<String, V> hasKey(String field, Map<String, V> map, String key) {
    if (map == null || !map.containsKey(key)) {
      throw new IllegalArgumentException(field + " must have an entry for " + key);
    }
    return map;
  }

  /** Requires {@code condition}; the message is {@code field + " " + rule}. */
  public static void check(boolean condition, String field, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + rule);
    }
  }
}
