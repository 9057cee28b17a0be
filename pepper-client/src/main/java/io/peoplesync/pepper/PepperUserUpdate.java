package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.NullNode;
import io.peoplesync.core.spi.Validate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a user change ({@code PUT /users/{userId}}): only what is set is sent.
 *
 * <p>Three states per field: not set (left out of the body, so Pepper keeps its value), set (sent),
 * or cleared with {@link Builder#clear(String)} (sent as JSON {@code null}).
 *
 * <pre>{@code
 * PepperUserUpdate.builder().firstName("Ann").hasAgreedToReceiveMarketing(false)
 *     .clear("lastName").build();
 * }</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePepperUserUpdate.class)
@JsonDeserialize(as = ImmutablePepperUserUpdate.class)
public interface PepperUserUpdate {
  /** Returns the new first name; omitted when unset. */
  @JsonProperty("firstName")
  Optional<String> firstName();

  /** Returns the new last name; omitted when unset. */
  @JsonProperty("lastName")
  Optional<String> lastName();

  /** Returns the new data-sharing consent; omitted when unset. */
  @JsonProperty("hasAgreedToShareData")
  Optional<Boolean> hasAgreedToShareData();

  /** Returns the new marketing consent; omitted when unset. */
  @JsonProperty("hasAgreedToReceiveMarketing")
  Optional<Boolean> hasAgreedToReceiveMarketing();

  /** Returns further body fields, sent as given; a cleared field holds a JSON null. */
  @JsonAnyGetter
  Map<String, Object> extras();

  /** Rejects an empty change, blank names, and a field both set and cleared. */
  @Value.Check
  default void check() {
    firstName().ifPresent(v -> Validate.notBlank("firstName", v));
    lastName().ifPresent(v -> Validate.notBlank("lastName", v));
    UserFields.checkExtras(
        extras().keySet(),
        Map.of(
            "firstName", firstName().isPresent(),
            "lastName", lastName().isPresent(),
            "hasAgreedToShareData", hasAgreedToShareData().isPresent(),
            "hasAgreedToReceiveMarketing", hasAgreedToReceiveMarketing().isPresent()));
    Validate.check(
        firstName().isPresent()
            || lastName().isPresent()
            || hasAgreedToShareData().isPresent()
            || hasAgreedToReceiveMarketing().isPresent()
            || !extras().isEmpty(),
        "update",
        "must set or clear at least one field");
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PepperUserUpdate}. */
  class Builder extends ImmutablePepperUserUpdate.Builder {
    /** Sends {@code field} (its wire name, for example {@code lastName}) as JSON null. */
    public Builder clear(String field) {
      return putExtra(Validate.notBlank("field", field), NullNode.getInstance());
    }
  }
}
