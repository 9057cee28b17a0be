package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A reference inside an action's context: the tenant or the user it concerns. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableActionRef.class)
@JsonDeserialize(as = ImmutableActionRef.class)
public interface ActionRef {
  /** Returns the referenced id ({@code _id}). */
  @JsonProperty("_id")
  @JsonAlias("id")
  Optional<String> id();

  /** Returns the tenant's display name. */
  @JsonProperty("title")
  Optional<String> title();

  /** Returns the user's full name. */
  @JsonProperty("fullName")
  Optional<String> fullName();

  /** Returns fields the model does not know (for example {@code primaryPlatform}). */
  @JsonAnyGetter
  Map<String, JsonNode> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionRef}. */
  class Builder extends ImmutableActionRef.Builder {}
}
