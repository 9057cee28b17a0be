package io.peoplesync.publisher;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A user's status in Publisher. Read in any letter case ({@code active}, {@code Active}); a value
 * the SDK does not know reads as {@link #UNKNOWN}, and the model keeps the text as sent (see {@link
 * PublisherUser#statusText()}).
 */
public enum UserStatus {
  /** The user can sign in. */
  ACTIVE("active"),
  /** The user is switched off; accepted on add and update. */
  INACTIVE("inactive"),
  /** The user was archived (Publisher's delete). */
  ARCHIVED("archive"),
  /** The user is disabled. */
  DISABLED("disable"),
  /** The user is suspended. */
  SUSPENDED("suspended"),
  /** The user was invited and has not signed in yet. */
  PENDING("pending"),
  /** A status this SDK does not know; the text as sent stays readable. */
  @JsonEnumDefaultValue
  UNKNOWN("");

  private final String wireName;

  UserStatus(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the text Publisher uses for this status on the wire and in list filters.
   *
   * @throws IllegalArgumentException for {@link #UNKNOWN}, which has no text of its own
   */
  public String wireName() {
    if (this == UNKNOWN) {
      throw new IllegalArgumentException("status UNKNOWN cannot be sent; set statusText instead");
    }
    return wireName;
  }

  /**
   * Returns the status that {@code text} names, in any letter case and as an adjective or a verb
   * ({@code archive} or {@code archived}); {@link #UNKNOWN} for anything else.
   */
  public static UserStatus fromWire(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (UserStatus s : values()) {
      if (s != UNKNOWN && (t.equals(s.wireName) || t.equals(s.name().toLowerCase(Locale.ROOT)))) {
        return s;
      }
    }
    return UNKNOWN;
  }

  static Optional<UserStatus> parse(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).map(UserStatus::fromWire);
  }
}
