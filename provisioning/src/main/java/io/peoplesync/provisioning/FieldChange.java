package io.peoplesync.provisioning;

import io.peoplesync.core.PeoplesyncStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One field's value before and after a change; empty means "not set" (a cleared field). */
@Value.Immutable
@PeoplesyncStyle
public interface FieldChange {
  /** Returns the value the target held (as last applied or as found); empty if none. */
  Optional<String> before();

  /** Returns the value the change writes; empty when the change clears the field. */
  Optional<String> after();

  /** Returns a field change from {@code before} to {@code after}, each possibly null. */
  static FieldChange of(String before, String after) {
    return new Builder()
        .before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after))
        .build();
  }

  /** Builds a {@link FieldChange}. */
  final class Builder extends ImmutableFieldChange.Builder {}
}
