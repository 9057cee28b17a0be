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
 * The organisation a user belongs to: the {@code organisation} element. Ids are kept as text
 * because Publisher sends them as numbers or as GUIDs; an all-digit id is written as a number.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
public interface Organisation {
  /** Returns the organisation's name. */
  @JsonProperty("orgname")
  Optional<String> orgName();

  /** Returns the organisation's id, a number or a GUID. */
  @JsonProperty("orgid")
  @JsonSerialize(contentUsing = WireId.class)
  Optional<String> orgId();

  /** Returns the id of the organisation's address the user works at. */
  @JsonProperty("orgaddressid")
  @JsonSerialize(contentUsing = WireId.class)
  Optional<String> orgAddressId();

  /** Returns the address text, as user summaries carry it. */
  @JsonProperty("orgaddress")
  Optional<String> orgAddress();

  /** Returns elements the model does not know, kept so that a read-then-update loses nothing. */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> extras();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}. */
  class Builder extends ImmutableOrganisation.Builder {}
}
