package io.peoplesync.examples;

import java.util.List;

/** One vendor's part of the lifecycle: the calls an HR integration makes, and the check after. */
interface VendorSync extends AutoCloseable {
  /** Returns the vendor's name for the report. */
  String vendor();

  /** Creates everyone. */
  void hire(List<Employee> employees);

  /** Applies everyone's new job title and department. */
  void change(List<Employee> employees);

  /** Removes, archives or deactivates the leavers, as the vendor's API prefers. */
  void leave(List<Employee> leavers);

  /**
   * Reads the final state back from the vendor and returns one line per employee that does not
   * match the CSV; empty when everything matches.
   */
  List<String> verify(List<Employee> employees);

  /** Returns a one-line summary of what the vendor now holds. */
  String summary();

  @Override
  void close();
}
