package io.peoplesync.pepper;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of Pepper's action feed, such as a user signing up or changing their record.
 *
 * <p>Use {@link #userId()} to find the user and {@link #metadata()} for the details: for {@code
 * USER_CREATED} and {@code USER_ACTIVATED} the login ({@link #username()}, {@link #provider()}) and
 * consents, for {@code USER_CHANGED} only the fields that changed. Treat the metadata tree as
 * read-only.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePepperAction.class)
@JsonDeserialize(as = ImmutablePepperAction.class)
public interface PepperAction {
  /** Returns the action's id ({@code _id}), unique across the feed. */
  @JsonProperty("_id")
  @JsonAlias("id")
  String id();

  /** Returns the kind exactly as Pepper sent it, for kinds {@link ActionType} does not name. */
  @JsonProperty("type")
  String typeName();

  /** Returns when the action happened. */
  @JsonProperty("when")
  ActionWhen when();

  /** Returns the tenant and user the action concerns. */
  @JsonProperty("context")
  Optional<ActionContext> context();

  /** Returns the id of the merchant tenant. */
  @JsonProperty("tenantId")
  Optional<String> tenantId();

  /** Returns the details; an empty object when Pepper sent none. */
  @JsonProperty("metadata")
  default JsonNode metadata() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Returns fields the model does not know ({@code source}, {@code environment}, …). */
  @JsonAnyGetter
  Map<String, JsonNode> extras();

  /** Returns the kind; {@link ActionType#UNKNOWN} for kinds this SDK does not name. */
  @JsonIgnore
  @Value.Lazy
  default ActionType type() {
    return ActionType.fromName(typeName());
  }

  /** Returns {@code when.timestamp}. */
  @JsonIgnore
  @Value.Lazy
  default Instant timestamp() {
    return when().timestamp();
  }

  /** Returns the id of the user the action concerns ({@code context.user._id}). */
  @JsonIgnore
  @Value.Lazy
  default Optional<String> userId() {
    return context().flatMap(ActionContext::user).flatMap(ActionRef::id);
  }

  /** Returns the merchant tenant from the context ({@code context.tenant}). */
  @JsonIgnore
  @Value.Lazy
  default Optional<ActionRef> tenant() {
    return context().flatMap(ActionContext::tenant);
  }

  /** Returns {@code metadata.username}: the e-mail address or phone number of the login. */
  @JsonIgnore
  @Value.Lazy
  default Optional<String> username() {
    return WireFormat.text(metadata(), "username");
  }

  /** Returns {@code metadata.provider}, for example {@link Credential#EMAIL}. */
  @JsonIgnore
  @Value.Lazy
  default Optional<String> provider() {
    return WireFormat.text(metadata(), "provider");
  }

  /** Returns {@code metadata.hasAgreedToShareData}, given as a boolean or a string. */
  @JsonIgnore
  @Value.Lazy
  default Optional<Boolean> hasAgreedToShareData() {
    return WireFormat.flag(metadata(), "hasAgreedToShareData");
  }

  /** Returns {@code metadata.hasAgreedToReceiveMarketing}, given as a boolean or a string. */
  @JsonIgnore
  @Value.Lazy
  default Optional<Boolean> hasAgreedToReceiveMarketing() {
    return WireFormat.flag(metadata(), "hasAgreedToReceiveMarketing");
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PepperAction}; {@code id}, {@code typeName} and {@code when} are required. */
  class Builder extends ImmutablePepperAction.Builder {}
}
