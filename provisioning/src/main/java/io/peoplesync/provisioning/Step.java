package io.peoplesync.provisioning;

import java.time.LocalDate;
import java.util.Map;

/** A change with what applying it needs: the vendor id, the values and the state to record. */
final class Step {
  final Target target;
  final Change change;
  // Null for a CREATE.
  final String vendorId;
  final Values values;
  // By neutral name: what the state holds once the change succeeded.
  final Map<String, String> fields;
  final boolean reactivate;
  // The entry an UNCHANGED change records (a user matched by lookup); null when nothing changes.
  final StateEntry matched;
  final LocalDate lastDay;
  final String managerId;

  Step(
      Target target,
      Change change,
      String vendorId,
      Values values,
      Map<String, String> fields,
      boolean reactivate,
      StateEntry matched,
      LocalDate lastDay,
      String managerId) {
    this.target = target;
    this.change = change;
    this.vendorId = vendorId;
    this.values = values;
    this.fields = fields;
    this.reactivate = reactivate;
    this.matched = matched;
    this.lastDay = lastDay;
    this.managerId = managerId;
  }

  ChangeKind kind() {
    return change.kind();
  }
}
