/**
 * Issue 12's reference peer: the same vendor calls made with Retrofit 2 and OkHttp 4 ({@link
 * io.peoplesync.benchmarks.peer.RetrofitVendors}), measured against the SDK's clients and the
 * hand-written JDK {@code HttpClient} + Jackson calls by {@link
 * io.peoplesync.benchmarks.peer.PeerBenchmark}; {@link
 * io.peoplesync.benchmarks.peer.ExecutorBenchmark} measures which JDK client executor brings its
 * per-request CPU toward OkHttp's. Benchmark-only: nothing in the SDK depends on it.
 */
package io.peoplesync.benchmarks.peer;
