package io.peoplesync.examples;

import java.util.List;
import java.util.function.Supplier;

/** The vendors the demo runs, in report order. */
final class VendorRoster {
  private VendorRoster() {}

  static List<Supplier<VendorSync>> all() {
    return List.of(
        SpencerSync::new, OrtecSync::new, PublisherSync::new, SpringestSync::new, PepperSync::new);
  }
}
