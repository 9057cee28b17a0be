package io.peoplesync.provisioning;

import io.peoplesync.core.PeoplesyncStyle;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One applied change, as an {@link AuditListener} receives it: the target, the employee, the kind,
 * each field before → after, the result and how long it took.
 *
 * <p>Values of fields marked {@link Provisioner.Builder#sensitiveField sensitive} read {@code
 * ****}; the error is the exception's type and message, which the clients keep free of secrets.
 */
@Value.Immutable
@PeoplesyncStyle
public interface AuditEvent {
  /** Returns the target's name. */
  String target();

  /** Returns the employee's HR id. */
  String employeeId();

  /** Returns what the change did. */
  ChangeKind kind();

  /** Returns the changed fields, sensitive values masked. */
  Map<String, FieldChange> fields();

  /** Returns whether the change succeeded. */
  boolean succeeded();

  /** Returns the failure as {@code Type: message}; empty when it succeeded. */
  Optional<String> error();

  /** Returns how long the change took. */
  Duration duration();

  /** Builds an {@link AuditEvent}. */
  final class Builder extends ImmutableAuditEvent.Builder {}
}
