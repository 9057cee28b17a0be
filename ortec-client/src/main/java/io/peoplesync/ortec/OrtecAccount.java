package io.peoplesync.ortec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.spi.Validate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An ORTEC account as sent to the User API: the {@code id} plus any fields, in the order they were
 * put.
 *
 * <p>Which fields exist depends on the mapping ORTEC set up for the customer's feed, so the fields
 * are free-form. Values may be strings, numbers, booleans, {@code java.time} values (written as
 * ISO-8601), lists, string-keyed maps (nested objects) or Jackson {@code JsonNode}s ({@code
 * NullNode} sends a JSON null). The typed setters write the field names of the vendor's example
 * ({@code firstName}, {@code lastName}, {@code function}) and {@code email}; the customer's mapping
 * must know these names.
 *
 * <pre>{@code
 * OrtecAccount bob = OrtecAccount.builder().id("bsmith@example.com")
 *     .firstName("Bob").function("developer").put("fte", 0.8).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrtecAccount.class)
public interface OrtecAccount {
  /** Returns the account id, usually the user's e-mail address or uid. */
  @JsonProperty("id")
  String id();

  /** Returns the account's fields (everything but the id), in the order they were put. */
  @JsonAnyGetter
  Map<String, Object> fields();

  /**
   * Reads an account as ORTEC or a store holds it, without applying any rule: a missing id reads as
   * {@code ""}, fields keep their order, JSON {@code null} becomes a {@code NullNode}, numbers
   * become {@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}, arrays lists and
   * objects maps. The rules (a non-blank id, no field named {@code id} or {@code action}) are
   * checked when the account is turned into an {@link AccountAction}.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static OrtecAccount fromJson(JsonNode json) {
    Builder b = builder();
    JsonNode id = json.path("id");
    b.id(id.isValueNode() && !id.isNull() ? id.asText() : "");
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!field.getKey().equals("id")) {
        b.putField(field.getKey(), FieldValues.fromJson(field.getValue()));
      }
    }
    return b.build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrtecAccount}; {@code id} is required. */
  class Builder extends ImmutableOrtecAccount.Builder {
    /**
     * Sets field {@code name} to {@code value}, replacing an earlier value of the same name.
     *
     * @throws IllegalArgumentException if the name is blank, {@code id} or {@code action}, or the
     *     value is null or not JSON (see {@link OrtecAccount})
     */
    public Builder put(String name, Object value) {
      putField(FieldValues.name(name), FieldValues.copy(name, value));
      return this;
    }

    /** Sets the {@code firstName} field. */
    public Builder firstName(String firstName) {
      return put("firstName", firstName);
    }

    /** Sets the {@code lastName} field. */
    public Builder lastName(String lastName) {
      return put("lastName", lastName);
    }

    /** Sets the {@code function} field (job title). */
    public Builder function(String function) {
      return put("function", function);
    }

    /**
     * Sets the {@code email} field.
     *
     * @throws IllegalArgumentException if it does not look like {@code name@example.com}
     */
    public Builder email(String email) {
      return put("email", Validate.email("email", email));
    }
  }
}
