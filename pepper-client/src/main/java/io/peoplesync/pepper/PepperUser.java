package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Pepper user as the Users endpoints return it.
 *
 * <p>Read leniently: the id comes from {@code id} or {@code _id}, flags may arrive as booleans or
 * as {@code "true"}/{@code "false"} strings, nulls read as absent, and every field the model does
 * not name (loyalty fields, {@code reviewCandidate}, …) is kept in {@link #extras()}. Credentials
 * are only present when the listing asked for {@code include=credentials}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePepperUser.class)
@JsonDeserialize(as = ImmutablePepperUser.class)
public interface PepperUser {
  /** Returns Pepper's user id, the one {@code update} and {@code delete} take. */
  @JsonProperty("id")
  @JsonAlias("_id")
  String id();

  /** Returns the id of the merchant tenant the user belongs to. */
  @JsonProperty("tenantId")
  Optional<String> tenantId();

  /** Returns the first name. */
  @JsonProperty("firstName")
  Optional<String> firstName();

  /** Returns the last name. */
  @JsonProperty("lastName")
  Optional<String> lastName();

  /** Returns the full name as Pepper composes it. */
  @JsonProperty("fullName")
  Optional<String> fullName();

  /** Returns the login credentials; empty unless the listing included {@code credentials}. */
  @JsonProperty("credentials")
  List<Credential> credentials();

  /** Returns whether the user agreed to share data. */
  @JsonProperty("hasAgreedToShareData")
  Optional<Boolean> hasAgreedToShareData();

  /** Returns whether the user agreed to receive marketing. */
  @JsonProperty("hasAgreedToReceiveMarketing")
  Optional<Boolean> hasAgreedToReceiveMarketing();

  /** Returns the account state as Pepper names it (for example {@code ACTIVE}). */
  @JsonProperty("state")
  Optional<String> state();

  /** Returns the user's roles. */
  @JsonProperty("roles")
  List<String> roles();

  /** Returns when the user was created. */
  @JsonProperty("created")
  Optional<Instant> created();

  /** Returns when the user last changed. */
  @JsonProperty("updatedAt")
  Optional<Instant> updatedAt();

  /** Returns fields the model does not know, kept as sent (a JSON null as a null node). */
  @JsonAnyGetter
  Map<String, JsonNode> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PepperUser}; {@code id} is required. */
  class Builder extends ImmutablePepperUser.Builder {}
}
