package io.peoplesync.examples;

import java.util.List;

/** Prints what Pepper's change-event poller saw, when Pepper takes part. */
final class PepperEvents {
  private PepperEvents() {}

  static void report(List<VendorSync> vendors) {}
}
