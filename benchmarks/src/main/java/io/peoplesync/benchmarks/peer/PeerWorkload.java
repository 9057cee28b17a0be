package io.peoplesync.benchmarks.peer;

import java.util.List;

/**
 * One thing a user does, made several ways (the sides, for example through the SDK, by hand with
 * the JDK client, and with Retrofit). Each call checks its own result and throws if it is wrong, so
 * a broken side cannot look fast.
 */
final class PeerWorkload {
  /** One call, checked. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  final String name;
  final int warmupCalls;

  /** The sides, in the order of the side names the workload is measured with. */
  final List<Call> sides;

  PeerWorkload(String name, int warmupCalls, Call... sides) {
    this.name = name;
    this.warmupCalls = warmupCalls;
    this.sides = List.of(sides);
  }
}
