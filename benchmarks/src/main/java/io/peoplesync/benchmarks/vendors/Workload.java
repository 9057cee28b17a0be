package io.peoplesync.benchmarks.vendors;

/**
 * One thing a user does, made two ways: through the SDK and by hand. Each call checks its own
 * result and throws if it is wrong, so a broken variant cannot look fast.
 */
final class Workload {
  /** One call, checked. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  final String name;
  final int warmupCalls;
  final Call sdk;
  final Call hand;

  Workload(String name, int warmupCalls, Call sdk, Call hand) {
    this.name = name;
    this.warmupCalls = warmupCalls;
    this.sdk = sdk;
    this.hand = hand;
  }
}
