package io.peoplesync.benchmarks.peer;

/**
 * One thing a user does, made three ways: through the SDK, by hand with the JDK client, and with
 * Retrofit. Each call checks its own result and throws if it is wrong, so a broken side cannot look
 * fast.
 */
final class PeerWorkload {
  /** One call, checked. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  final String name;
  final int warmupCalls;

  /** The sides in {@link PeerBenchmark#SIDES} order: SDK, hand-written, Retrofit. */
  final Call[] sides;

  PeerWorkload(String name, int warmupCalls, Call sdk, Call hand, Call retrofit) {
    this.name = name;
    this.warmupCalls = warmupCalls;
    this.sides = new Call[] {sdk, hand, retrofit};
  }
}
