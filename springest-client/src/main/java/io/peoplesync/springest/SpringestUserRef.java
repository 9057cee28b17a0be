package io.peoplesync.springest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.peoplesync.core.spi.Validate;
import org.immutables.value.Value;

/**
 * Identifies the user a save created or replaced, by Springest's own id.
 *
 * <p>Springest documents only that the id comes back; it is read from a bare number ({@code
 * 12345}), a JSON string ({@code "12345"}) or an object with an {@code id} member.
 */
@Value.Immutable
@JsonDeserialize(using = UserRefReader.class)
public interface SpringestUserRef {
  /** Returns Springest's id of the user, as text. */
  @Value.Parameter
  String id();

  /** Checks that the id is not blank. */
  @Value.Check
  default void check() {
    Validate.notBlank("id", id());
  }

  /** Returns a reference to the user with Springest id {@code id}. */
  static SpringestUserRef of(String id) {
    return ImmutableSpringestUserRef.of(id);
  }

  /**
   * Reads a save response in any of the three shapes.
   *
   * @throws IllegalArgumentException if the body holds no id; the core reports it as a
   *     serialization error of the endpoint
   */
  static SpringestUserRef fromJson(JsonNode body) {
    JsonNode id = body.isObject() ? body.path("id") : body;
    Validate.check(id.isNumber() || id.isTextual(), "id", "must be a number or a string");
    return of(id.asText());
  }
}
