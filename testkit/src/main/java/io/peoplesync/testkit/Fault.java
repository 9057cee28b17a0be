package io.peoplesync.testkit;

/** A failure a fake can inject into its next requests, to exercise a client's retries. */
public enum Fault {
  /** Answers 429 Too Many Requests with {@code Retry-After: 1}. */
  RATE_LIMITED,
  /** Answers 503 Service Unavailable. */
  UNAVAILABLE,
  /** Closes the connection without answering. */
  DROP_CONNECTION
}
