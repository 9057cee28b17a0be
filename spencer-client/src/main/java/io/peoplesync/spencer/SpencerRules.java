package io.peoplesync.spencer;

import io.peoplesync.core.spi.Validate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Spencer's general input rules, checked by the models before anything is sent: strings are at most
 * 255 characters unless a field documents otherwise, and every translatable text has {@code en-US}.
 */
final class SpencerRules {
  static final int MAX_TEXT = 255;
  static final int MAX_EXTERNAL_ID = 256;
  static final String REQUIRED_LOCALE = "en-US";

  private SpencerRules() {}

  static void id(String field, String value, int max) {
    Validate.notBlank(field, value);
    Validate.maxLength(field, value, max);
  }

  static void text(String field, Optional<String> value) {
    value.ifPresent(v -> Validate.maxLength(field, v, MAX_TEXT));
  }

  static void ids(String field, Collection<String> values) {
    for (String v : values) {
      id(field + " entry", v, MAX_TEXT);
    }
  }

  /** Checks a translatable text that may be absent: when it has any entry, it needs en-US. */
  static void translations(String field, Map<String, String> texts, int maxLength) {
    if (texts.isEmpty()) {
      return;
    }
    Validate.hasKey(field, texts, REQUIRED_LOCALE);
    Validate.notBlank(field + "[" + REQUIRED_LOCALE + "]", texts.get(REQUIRED_LOCALE));
    texts.forEach(
        (locale, text) -> {
          Validate.notBlank(field + " locale", locale);
          Validate.maxLength(field + "[" + locale + "]", text, maxLength);
        });
  }

  /** Checks a translatable text that must be present. */
  static void requiredTranslations(String field, Map<String, String> texts, int maxLength) {
    Validate.hasKey(field, texts, REQUIRED_LOCALE);
    translations(field, texts, maxLength);
  }
}
