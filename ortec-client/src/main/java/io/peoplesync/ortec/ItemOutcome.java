package io.peoplesync.ortec;

/**
 * Says what became of one submitted action: the per-item picture of a submission.
 *
 * <p>Only {@link #CONFIRMED} and {@link #FAILED} are ORTEC's own answers. The other two appear only
 * in the {@link BatchResult} of a {@link BatchFailedException}, when a batch failed as a whole.
 */
public enum ItemOutcome {
  /** ORTEC answered {@code ok} for the action. */
  CONFIRMED,
  /** ORTEC answered with an error for the action; {@link ItemResult#error()} holds its text. */
  FAILED,
  /** The action's batch was sent but no usable answer came back: it may or may not be applied. */
  NOT_CONFIRMED,
  /** The action's batch was not sent because an earlier batch failed: nothing was applied. */
  NOT_SENT
}
