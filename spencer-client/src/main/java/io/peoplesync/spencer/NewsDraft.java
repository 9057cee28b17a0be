package io.peoplesync.spencer;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news item saved as a draft for an editor to review and publish in the Spencer back office.
 *
 * <p>Whatever Spencer answers reads back. Rules checked when a draft is sent ({@link
 * NewsApi#createDraft}, which throws {@link IllegalArgumentException} naming the field and the rule
 * before any request): {@code title} has a non-blank {@code en-US} entry and every title is at most
 * 255 characters; {@code body}, when given, has {@code en-US} too but no length limit (an article
 * is longer than 255 characters); user list ids are non-blank. {@code id} (and {@code status},
 * {@code created_at}, {@code updated_at} in {@link #extras()}) are set by Spencer in the answer and
 * never sent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNewsDraft.class)
@JsonDeserialize(as = ImmutableNewsDraft.class)
public interface NewsDraft {
  /** Returns Spencer's id of the draft, present in what {@link NewsApi#createDraft} returns. */
  Optional<String> id();

  /** Returns the title by locale. */
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> title();

  /** Returns the body text by locale. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> body();

  /** Returns the user lists (screens) the item is meant for; omitted when empty. */
  @JsonProperty("user_list_ids")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> userListIds();

  /** Returns fields this model does not know, to send or receive them anyway. */
  @JsonAnyGetter
  // Nulls are data: a field Spencer answered as null is written back as null.
  @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewsDraft}; the rules listed on the type are checked when it is sent. */
  class Builder extends ImmutableNewsDraft.Builder {}
}
