package io.peoplesync.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Turns an outcome into an audit event with sensitive values masked. */
final class Audit {
  private static final String MASK = "****";

  private Audit() {}

  static AuditEvent event(Outcome o, Set<String> sensitive) {
    Map<String, FieldChange> fields = new LinkedHashMap<>();
    o.change()
        .fields()
        .forEach(
            (name, f) ->
                fields.put(
                    name,
                    sensitive.contains(name)
                        ? new FieldChange.Builder()
                            .before(f.before().map(v -> MASK))
                            .after(f.after().map(v -> MASK))
                            .build()
                        : f));
    return new AuditEvent.Builder()
        .target(o.change().target())
        .employeeId(o.change().employeeId())
        .kind(o.change().kind())
        .fields(fields)
        .succeeded(o.succeeded())
        .error(o.error().map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()))
        .duration(o.duration())
        .build();
  }
}
