/**
 * What the benchmarks share: the counters ({@link io.peoplesync.benchmarks.Meter}), the server
 * process ({@link io.peoplesync.benchmarks.ServerProcess}), fresh JVMs ({@link
 * io.peoplesync.benchmarks.Jvm}) and medians ({@link io.peoplesync.benchmarks.Stats}).
 */
package io.peoplesync.benchmarks;
