package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** When an action happened: the instant, plus the merchant's local calendar fields. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableActionWhen.class)
@JsonDeserialize(as = ImmutableActionWhen.class)
public interface ActionWhen {
  /** Returns the instant, the one the {@code when.timestamp} filters compare. */
  @JsonProperty("timestamp")
  Instant timestamp();

  /** Returns the merchant's time zone, for example {@code America/Chicago}. */
  @JsonProperty("timezone")
  Optional<String> timezone();

  /** Returns the calendar fields ({@code year}, {@code daypart}, …) and anything else sent. */
  @JsonAnyGetter
  Map<String, JsonNode> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionWhen}; {@code timestamp} is required. */
  class Builder extends ImmutableActionWhen.Builder {}
}
