package io.peoplesync.publisher;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user's name: the {@code name} element. Publisher requires a first name of 1–100 characters on
 * the users it stores; {@link PublisherUser} checks that rule, so summaries without one still read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonName.class)
@JsonDeserialize(as = ImmutablePersonName.class)
public interface PersonName {
  /** Returns the first name. */
  @JsonProperty("firstname")
  Optional<String> firstName();

  /** Returns the last name. */
  @JsonProperty("lastname")
  Optional<String> lastName();

  /** Returns the title, for example {@code Dr}. */
  @JsonProperty("title")
  Optional<String> title();

  /** Returns the name the user goes by. */
  @JsonProperty("goesby")
  Optional<String> goesBy();

  /** Returns elements the model does not know, kept so that a read-then-update loses nothing. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonName}. */
  class Builder extends ImmutablePersonName.Builder {}
}
