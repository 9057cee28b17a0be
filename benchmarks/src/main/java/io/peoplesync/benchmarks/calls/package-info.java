/**
 * The call-overhead benchmark: the core's pipeline ({@code ApiClient} with a benchmark-only
 * endpoint) against a hand-written {@code HttpClient} + Jackson call, blocking and async, with
 * {@link io.peoplesync.benchmarks.calls.EchoServer} in a separate JVM.
 */
package io.peoplesync.benchmarks.calls;
