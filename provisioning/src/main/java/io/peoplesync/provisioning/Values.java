package io.peoplesync.provisioning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values a change writes, by vendor field: a mapped field with no value is cleared, a field the
 * mapping leaves out is not touched.
 */
final class Values {
  private final Map<String, String> byField;

  Values(Map<String, String> byField) {
    this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
  }

  /** Returns whether the mapping writes {@code vendorField}. */
  boolean mapped(String vendorField) {
    return byField.containsKey(vendorField);
  }

  /** Returns the value of {@code vendorField}; empty when cleared or not mapped. */
  Optional<String> get(String vendorField) {
    return Optional.ofNullable(byField.get(vendorField));
  }

  /** Returns the value, or null when cleared or not mapped. */
  String orNull(String vendorField) {
    return byField.get(vendorField);
  }
}
