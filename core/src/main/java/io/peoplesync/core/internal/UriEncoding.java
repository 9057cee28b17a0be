package io.peoplesync.core.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding for path segments, query components and form fields (RFC 3986, UTF-8). */
public final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /**
   * Encodes {@code value} as one path segment: everything but unreserved characters is encoded, so
   * {@code /}, {@code ?}, {@code #}, {@code %} and {@code @} cannot change the path, and a segment
   * of only dots is encoded so that it cannot walk up the path.
   */
  public static String segment(String value) {
    if (!value.isEmpty() && value.chars().allMatch(c -> c == '.')) {
      return "%2E".repeat(value.length());
    }
    return encode(value, "");
  }

  /** Encodes a query name or value; {@code :}, {@code ,}, {@code @} and {@code /} stay literal. */
  public static String query(String value) {
    return encode(value, ":,@/");
  }

  /** Encodes an {@code application/x-www-form-urlencoded} name or value (space as {@code +}). */
  public static String form(String value) {
    return encode(value, "").replace("%20", "+");
  }

  private static String encode(String value, String alsoLiteral) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (unreserved(c) || (c < 128 && alsoLiteral.indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }

  private static boolean unreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
