package io.peoplesync.spencer;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published news item, as listed by {@link NewsApi}. Read-only, so nothing is enforced: every
 * field may be absent, and whatever the model does not know is kept in {@link #extras()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNewsPublication.class)
@JsonDeserialize(as = ImmutableNewsPublication.class)
public interface NewsPublication {
  /** Returns Spencer's id of the publication. */
  Optional<String> id();

  /** Returns the title by locale. */
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> title();

  /** Returns the body text by locale. */
  @JsonSerialize(using = Translations.ValueWriter.class)
  @JsonDeserialize(using = Translations.Reader.class)
  Map<String, String> body();

  /** Returns when the item was published. */
  @JsonProperty("published_at")
  Optional<Instant> publishedAt();

  /** Returns fields this model does not know (images, authors, targeting …). */
  @JsonAnyGetter
  // Nulls are data: a field Spencer answered as null is written back as null.
  @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder, for tests and fakes. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewsPublication}. */
  class Builder extends ImmutableNewsPublication.Builder {}
}
