package io.peoplesync.provisioning;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One vendor field of a target and where its value comes from. */
final class FieldMapping {
  final String vendorField;
  final String name;
  final BiFunction<Employee, Directory, Optional<String>> value;
  // A create-only field (Pepper's login credential) is written once and never compared again.
  final boolean compared;

  FieldMapping(
      String vendorField,
      String name,
      BiFunction<Employee, Directory, Optional<String>> value,
      boolean compared) {
    this.vendorField = vendorField;
    this.name = name;
    this.value = value;
    this.compared = compared;
  }

  static FieldMapping of(String vendorField, String name, Function<Employee, Optional<String>> f) {
    return new FieldMapping(vendorField, name, (e, d) -> f.apply(e), true);
  }
}
