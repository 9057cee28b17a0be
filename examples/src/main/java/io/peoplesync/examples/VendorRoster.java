package io.peoplesync.examples;

import java.util.List;
import java.util.function.Supplier;

/** The vendors the demo runs, in report order. */
final class VendorRoster {
  private VendorRoster() {}

  static List<Supplier<VendorCheck>> all() {
    return List.of(
        SpencerCheck::new,
        OrtecCheck::new,
        PublisherCheck::new,
        SpringestCheck::new,
        PepperCheck::new);
  }
}
