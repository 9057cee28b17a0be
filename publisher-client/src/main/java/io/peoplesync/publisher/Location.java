package io.peoplesync.publisher;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a user works: the {@code location} element. The post code is written as {@code postcode}
 * and read from {@code postcode} or {@code postCode}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
public interface Location {
  /** Returns the first address line. */
  @JsonProperty("addressline1")
  Optional<String> addressLine1();

  /** Returns the second address line. */
  @JsonProperty("addressline2")
  Optional<String> addressLine2();

  /** Returns the city. */
  @JsonProperty("city")
  Optional<String> city();

  /** Returns the country. */
  @JsonProperty("country")
  Optional<String> country();

  /** Returns the post code. */
  @JsonProperty("postcode")
  @JsonAlias("postCode")
  Optional<String> postCode();

  /** Returns elements the model does not know, kept so that a read-then-update loses nothing. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  class Builder extends ImmutableLocation.Builder {}
}
