package io.peoplesync.benchmarks.calls;

/** One call, checked; throws on a failure or a wrong result. */
@FunctionalInterface
interface CallFn {
  void call(int i) throws Exception;
}
