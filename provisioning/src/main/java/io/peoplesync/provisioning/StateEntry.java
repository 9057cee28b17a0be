package io.peoplesync.provisioning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the state store remembers of one employee in one target: the last values applied. */
final class StateEntry {
  enum Status {
    ACTIVE,
    DEACTIVATED,
    DELETED
  }

  final String vendorId;
  final Status status;
  // By neutral field name; a cleared field is absent.
  final Map<String, String> fields;
  // ISO date of the deactivation, for the deletion policy; null while active.
  final String deactivatedOn;

  StateEntry(String vendorId, Status status, Map<String, String> fields, String deactivatedOn) {
    this.vendorId = vendorId;
    this.status = status;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.deactivatedOn = deactivatedOn;
  }
}
