package io.peoplesync.spencer;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user tag (for example {@code mkt} "Marketing") that users carry in {@link SpencerUser#tags()}.
 *
 * <p>Rules checked by {@code build()}: {@code id} is non-blank and at most 255 characters; {@code
 * translations} (locale to name, sent as {@code [{"locale": ..., "name": ...}]}) has a non-blank
 * {@code en-US} entry and every name is at most 255 characters.
 *
 * <pre>{@code
 * UserTag marketing = UserTag.builder().id("mkt")
 *     .putTranslation("en-US", "Marketing").putTranslation("nl-BE", "Marketing NL").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUserTag.class)
@JsonDeserialize(as = ImmutableUserTag.class)
public interface UserTag {
  /** Returns the tag's external id, chosen by the customer. */
  String id();

  /** Returns the tag's name by locale. */
  @JsonSerialize(using = Translations.NameWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> translations();

  /** Returns whether a user sync may not remove the tag from a user, when Spencer says. */
  @JsonProperty("is_permanent")
  Optional<Boolean> permanent();

  /** Returns fields this model does not know, kept so that a round trip loses nothing. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /** Checks Spencer's rules; throws {@link IllegalArgumentException} naming the field. */
  @Value.Check
  default void check() {
    SpencerRules.id("id", id(), SpencerRules.MAX_TEXT);
    SpencerRules.requiredTranslations("translations", translations(), SpencerRules.MAX_TEXT);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserTag}; {@code build()} checks the rules listed on the type. */
  class Builder extends ImmutableUserTag.Builder {}
}
