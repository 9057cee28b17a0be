package io.peoplesync.examples;

import io.peoplesync.provisioning.Target;
import java.util.List;

/**
 * One vendor in the demo: its fake, a client and provisioning target for it, and the check that
 * reads the vendor's final state back.
 */
interface VendorCheck extends AutoCloseable {
  /** Returns the vendor's name for the report. */
  String vendor();

  /** Returns the provisioning target, built on a client pointed at the fake. */
  Target target();

  /** Runs after each step of the lifecycle (Pepper reads its change events here). */
  default void afterStep() {}

  /**
   * Reads the final state back from the vendor and returns one line per employee that does not
   * match the CSV; empty when everything matches.
   */
  List<String> verify(List<HrRow> rows);

  /** Returns a one-line summary of what the vendor now holds. */
  String summary();

  @Override
  void close();
}
