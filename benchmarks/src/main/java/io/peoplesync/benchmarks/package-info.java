/**
 * The call-overhead benchmark: the SDK against a hand-written {@code HttpClient} + Jackson call,
 * blocking and async, measured against an echo server in a separate process.
 */
package io.peoplesync.benchmarks;
