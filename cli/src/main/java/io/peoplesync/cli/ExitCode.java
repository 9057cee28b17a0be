package io.peoplesync.cli;

/** The process exit codes of every command, as the scripts that run the CLI rely on them. */
public final class ExitCode {
  /** Everything planned was applied (or, for plan and dry runs, planned). */
  public static final int OK = 0;

  /** Some changes failed at a vendor; the rest were applied and the report lists each. */
  public static final int SOME_FAILED = 1;

  /** The command line, the employees file or the config was refused; nothing was sent. */
  public static final int BAD_INPUT = 2;

  /** A guard rail refused the plan (too many deactivations, a shrunken file); nothing was sent. */
  public static final int GUARD_RAIL = 3;

  private ExitCode() {}
}
