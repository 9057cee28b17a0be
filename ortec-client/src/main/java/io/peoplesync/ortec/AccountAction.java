package io.peoplesync.ortec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.peoplesync.core.spi.Validate;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Asks ORTEC to insert, update, upsert or delete one account; sent as one flat item {@code
 * {"action": "upsert", "id": "...", <fields>}} of a batch.
 *
 * <p>Prefer {@link #upsert} over {@link #insert} and {@link #update}, as the vendor does: a batch
 * made only of upserts and deletes is repeated after a transient failure, one holding an insert or
 * an update is not (it may have been applied already).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountAction.class)
@JsonPropertyOrder({"action", "id"})
public interface AccountAction {
  /** Returns what to do with the account. */
  @JsonProperty("action")
  ActionType type();

  /** Returns the id of the account acted on. */
  @JsonProperty("id")
  String id();

  /** Returns the account fields sent with the action; empty for a delete. */
  @JsonAnyGetter
  Map<String, Object> fields();

  /**
   * Checks the rules of what is sent: a non-blank id, no field named {@code id} or {@code action},
   * and values that are JSON. An account read back is not checked until it is sent this way.
   */
  @Value.Check
  default void check() {
    Validate.notBlank("id", id());
    fields()
        .forEach(
            (name, value) -> {
              FieldValues.name(name);
              FieldValues.copy(name, value);
            });
  }

  /**
   * Returns an action that creates the account or changes it if it exists.
   *
   * @throws IllegalArgumentException if the account breaks a rule of {@link #check()}
   */
  static AccountAction upsert(OrtecAccount account) {
    return of(ActionType.UPSERT, account);
  }

  /** Returns an action that creates the account; ORTEC reports an error if it exists. */
  static AccountAction insert(OrtecAccount account) {
    return of(ActionType.INSERT, account);
  }

  /** Returns an action that changes the account; ORTEC reports an error if it does not exist. */
  static AccountAction update(OrtecAccount account) {
    return of(ActionType.UPDATE, account);
  }

  /**
   * Returns an action that removes the account with {@code id}.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  static AccountAction delete(String id) {
    return ImmutableAccountAction.builder()
        .type(ActionType.DELETE)
        .id(Validate.notBlank("id", id))
        .build();
  }

  /** Returns an action of {@code type} that carries the account's id and fields. */
  static AccountAction of(ActionType type, OrtecAccount account) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(account, "account == null");
    return ImmutableAccountAction.builder()
        .type(type)
        .id(account.id())
        .fields(account.fields())
        .build();
  }
}
