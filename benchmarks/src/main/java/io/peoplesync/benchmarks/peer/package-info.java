/**
 * Issue 12's reference peer: the same vendor calls made with Retrofit 2 and OkHttp 4 ({@link
 * io.peoplesync.benchmarks.peer.RetrofitVendors}), measured against the SDK's clients and the
 * hand-written JDK {@code HttpClient} + Jackson calls by {@link
 * io.peoplesync.benchmarks.peer.PeerBenchmark}. Benchmark-only: nothing in the SDK depends on it.
 */
package io.peoplesync.benchmarks.peer;
