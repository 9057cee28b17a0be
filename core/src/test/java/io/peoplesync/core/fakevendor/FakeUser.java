package io.peoplesync.core.fakevendor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import io.peoplesync.core.spi.Validate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A fake vendor's user: the value-type pattern every vendor module follows. */
@Value.Immutable
@JsonSerialize(as = ImmutableFakeUser.class)
@JsonDeserialize(as = ImmutableFakeUser.class)
public interface FakeUser {
  @JsonProperty("external_id")
  String externalId();

  @JsonProperty("first_name")
  Optional<String> firstName();

  Optional<String> email();

  /** Fields the model does not know, kept so that get → update round trips lose nothing. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  @Value.Check
  default void check() {
    Validate.notBlank("externalId", externalId());
    firstName().ifPresent(f -> Validate.maxLength("firstName", f, 255));
  }

  static Builder builder() {
    return new Builder();
  }

  class Builder extends ImmutableFakeUser.Builder {}
}
