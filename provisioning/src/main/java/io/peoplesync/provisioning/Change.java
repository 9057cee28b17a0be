package io.peoplesync.provisioning;

import io.peoplesync.core.PeoplesyncStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One line of a {@link Plan}: what happens to one employee's user in one target.
 *
 * <p>{@link #fields()} is keyed by the neutral field name of the target's mapping ({@code
 * jobTitle}, {@code workEmail}, or the name given to an adjusted field) and is empty unless the
 * kind is {@link ChangeKind#UPDATE}. A reactivation (rehire) is an UPDATE whose fields include
 * {@code active} from {@code false} to {@code true}.
 */
@Value.Immutable
@PeoplesyncStyle
public interface Change {
  /** Returns the target's name: {@code spencer}, {@code ortec}, {@code publisher}, … */
  String target();

  /** Returns the employee's HR id. */
  String employeeId();

  /** Returns what the change does. */
  ChangeKind kind();

  /** Returns the changed fields (neutral name → before/after), in the mapping's order. */
  Map<String, FieldChange> fields();

  /** Returns a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Change}. */
  final class Builder extends ImmutableChange.Builder {}
}
