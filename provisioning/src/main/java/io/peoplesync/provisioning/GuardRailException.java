package io.peoplesync.provisioning;

/**
 * Refuses a plan before any request is sent: it would deactivate or delete more of a target's known
 * users than {@link Provisioner.Builder#maxDeactivationShare} allows, or the population shrank by
 * more than {@link Provisioner.Builder#maxPopulationShrink} since the last run.
 *
 * <p>When the population rail refused, {@link #target()} is {@code "*"} and the counts are
 * employees. Allow one run explicitly with {@link ApplyOptions}.
 */
public class GuardRailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String target;
  private final int planned;
  private final int allowed;

  /** Creates the exception for {@code target}, which planned more than it allows. */
  public GuardRailException(String target, int planned, int allowed, String message) {
    super(message);
    this.target = target;
    this.planned = planned;
    this.allowed = allowed;
  }

  /** Returns the target that refused, or {@code "*"} for the population rail. */
  public String target() {
    return target;
  }

  /** Returns how many deactivations and deletions (or dropped employees) were planned. */
  public int planned() {
    return planned;
  }

  /** Returns how many the rail allows. */
  public int allowed() {
    return allowed;
  }
}
