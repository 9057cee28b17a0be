package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Where an action happened: the tenant, the user and tags. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableActionContext.class)
@JsonDeserialize(as = ImmutableActionContext.class)
public interface ActionContext {
  /** Returns the merchant tenant. */
  @JsonProperty("tenant")
  Optional<ActionRef> tenant();

  /** Returns the user the action concerns. */
  @JsonProperty("user")
  Optional<ActionRef> user();

  /** Returns the tags, as sent. */
  @JsonProperty("tags")
  List<JsonNode> tags();

  /** Returns fields the model does not know. */
  @JsonAnyGetter
  Map<String, JsonNode> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionContext}. */
  class Builder extends ImmutableActionContext.Builder {}
}
