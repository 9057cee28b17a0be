/**
 * A whole Pepper tenant streamed in 64 MB: {@link io.peoplesync.benchmarks.stream.StreamComparison}
 * runs {@link io.peoplesync.benchmarks.stream.StreamRun} through the SDK and through the
 * hand-written pager in separate, alternating JVMs against one {@link
 * io.peoplesync.benchmarks.vendors.VendorServer}.
 */
package io.peoplesync.benchmarks.stream;
