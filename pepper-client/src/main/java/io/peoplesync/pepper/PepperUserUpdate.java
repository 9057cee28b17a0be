package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.AllowNulls;
import io.peoplesync.core.spi.Validate;
import java.util.Map;
import java.util.Objects;
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

  /** Returns further body fields, sent as given; a cleared field holds {@code null}. */
  @JsonAnyGetter
  @JsonInclude(content = JsonInclude.Include.ALWAYS)
  @AllowNulls
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
    /**
     * Sets every field a caller may write from a user read with {@code users().list(..)} or
     * returned by create/update: first and last name and the two consents, where present. Nothing
     * Pepper keeps for itself is copied ({@code id}, {@code tenantId}, {@code fullName}, {@code
     * credentials}, {@code state}, {@code roles}, timestamps, unknown fields), so {@code
     * builder().fromUser(user).firstName("Anna").build()} is an update Pepper accepts. A blank
     * stored name, which {@code build()} would refuse to send, is left out, so Pepper keeps it.
     */
    public Builder fromUser(PepperUser user) {
      Objects.requireNonNull(user, "user == null");
      user.firstName().filter(n -> !n.isBlank()).ifPresent(this::firstName);
      user.lastName().filter(n -> !n.isBlank()).ifPresent(this::lastName);
      user.hasAgreedToShareData().ifPresent(this::hasAgreedToShareData);
      user.hasAgreedToReceiveMarketing().ifPresent(this::hasAgreedToReceiveMarketing);
      return this;
    }

    /** Sends {@code field} (its wire name, for example {@code lastName}) as JSON null. */
    public Builder clear(String field) {
      return putExtra(Validate.notBlank("field", field), (Object) null);
    }
  }
}
