/**
 * Each vendor client measured through its public API against the hand-written equivalent in the
 * same JVM, with {@link io.peoplesync.benchmarks.vendors.VendorServer} in a separate JVM: {@link
 * io.peoplesync.benchmarks.vendors.VendorBenchmark} is the entry point.
 */
package io.peoplesync.benchmarks.vendors;
