package io.peoplesync.spencer;

import io.peoplesync.core.spi.Validate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Spencer's general input rules, checked when a value is sent (never when it is read, so whatever
 * Spencer stored stays readable): strings are at most 255 characters unless a field documents
 * otherwise, ids are not blank, and every translatable text has {@code en-US}. Each check throws
 * {@link IllegalArgumentException} naming the field and the rule.
 */
final class SpencerRules {
  static final int MAX_TEXT = 255;
  static final int MAX_EXTERNAL_ID = 256;
  static final String REQUIRED_LOCALE = "en-US";

  private SpencerRules() {}

  /** Checks a user about to be created or updated. */
  static void check(SpencerUser user) {
    id("externalId", user.externalId(), MAX_EXTERNAL_ID);
    text("firstName", user.firstName());
    text("lastName", user.lastName());
    text("email", user.email());
    text("privateEmail", user.privateEmail());
    text("mobile", user.mobile());
    text("privateMobile", user.privateMobile());
    text("country", user.country());
    text("preferredLanguage", user.preferredLanguage());
    text("authenticationType", user.authenticationType());
    text("authenticationId", user.authenticationId());
    user.manager().ifPresent(m -> id("manager", m, MAX_EXTERNAL_ID));
    user.defaultSite().ifPresent(s -> id("defaultSite", s, MAX_TEXT));
    translations("jobTitle", user.jobTitle(), MAX_TEXT);
    translations("department", user.department(), MAX_TEXT);
    translations("division", user.division(), MAX_TEXT);
    translations("subdivision", user.subdivision(), MAX_TEXT);
    translations("contractType", user.contractType(), MAX_TEXT);
    translations("domain", user.domain(), MAX_TEXT);
    translations("region", user.region(), MAX_TEXT);
    translations("zone", user.zone(), MAX_TEXT);
    ids("tags", user.tags());
  }

  /** Checks a user tag about to be created or updated. */
  static void check(UserTag tag) {
    id("id", tag.id(), MAX_TEXT);
    requiredTranslations("translations", tag.translations(), MAX_TEXT);
  }

  /** Checks a news draft about to be created; its body has no length limit. */
  static void check(NewsDraft draft) {
    requiredTranslations("title", draft.title(), MAX_TEXT);
    translations("body", draft.body(), Integer.MAX_VALUE);
    ids("userListIds", draft.userListIds());
  }

  private static void id(String field, String value, int max) {
    Validate.notBlank(field, value);
    Validate.maxLength(field, value, max);
  }

  private static void text(String field, Optional<String> value) {
    value.ifPresent(v -> Validate.maxLength(field, v, MAX_TEXT));
  }

  private static void ids(String field, Collection<String> values) {
    for (String v : values) {
      id(field + " entry", v, MAX_TEXT);
    }
  }

  /** Checks a translatable text that may be absent: when it has any entry, it needs en-US. */
  private static void translations(String field, Map<String, String> texts, int maxLength) {
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
  private static void requiredTranslations(String field, Map<String, String> texts, int max) {
    Validate.hasKey(field, texts, REQUIRED_LOCALE);
    translations(field, texts, max);
  }
}
