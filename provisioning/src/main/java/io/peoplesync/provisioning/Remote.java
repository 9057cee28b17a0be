package io.peoplesync.provisioning;

import java.util.Map;

/** A user found in a target by natural key. */
final class Remote {
  final String vendorId;
  // By vendor field; null when the vendor's lookup does not return the profile (Springest).
  final Map<String, String> values;
  final boolean active;

  Remote(String vendorId, Map<String, String> values, boolean active) {
    this.vendorId = vendorId;
    this.values = values;
    this.active = active;
  }
}
