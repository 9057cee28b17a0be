package io.peoplesync.spencer;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * <p>Whatever Spencer stores reads back. Rules checked when a tag is sent ({@link
 * UserTagsApi#create}, {@link UserTagsApi#update}, which throw {@link IllegalArgumentException}
 * naming the field and the rule before any request): {@code id} is non-blank and at most 255
 * characters; {@code translations} (locale to name, sent as {@code [{"locale": ..., "name": ...}]})
 * has a non-blank {@code en-US} entry and every name is at most 255 characters. The timestamps
 * Spencer sets ({@code created_at}, {@code updated_at}) are read into {@link #extras()} but never
 * sent.
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
  // Nulls are data: a field Spencer answered as null is written back as null.
  @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserTag}; the rules listed on the type are checked when it is sent. */
  class Builder extends ImmutableUserTag.Builder {}
}
