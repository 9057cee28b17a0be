package io.peoplesync.ortec;

import io.peoplesync.core.ApiException;
import java.util.Objects;

/**
 * Thrown when a batch of a submission failed as a whole: refused credentials, an error status after
 * the retries the client allows, a dropped connection or timeout, or an answer that cannot be read
 * or does not line up with the actions sent.
 *
 * <p>{@link #getCause()} is the exception that ended the batch, so the type says what happened:
 * {@link io.peoplesync.core.AuthenticationException}, {@link io.peoplesync.core.ServerException},
 * {@link io.peoplesync.core.ApiTransportException}, {@link
 * io.peoplesync.core.ApiSerializationException} or another {@link ApiException}. {@link #result()}
 * is the per-item picture, one {@link ItemResult} per submitted action in submitted order: earlier
 * batches' answers ({@link ItemOutcome#CONFIRMED} or {@link ItemOutcome#FAILED}), the failed
 * batch's actions ({@link ItemOutcome#NOT_CONFIRMED}: they may or may not be applied) and the
 * batches not sent after it ({@link ItemOutcome#NOT_SENT}).
 *
 * <pre>{@code
 * try {
 *   ortec.accounts().submit(actions);
 * } catch (BatchFailedException e) {
 *   if (e.getCause() instanceof AuthenticationException) { ... }
 *   List<AccountAction> again = e.result().results().stream()
 *       .filter(r -> !r.confirmed()).map(ItemResult::action).collect(toList());
 * }
 * }</pre>
 */
public class BatchFailedException extends ApiException {
  private static final long serialVersionUID = 1L;

  // The picture holds the caller's actions, which need not be serialisable; it stays with the JVM.
  private final transient BatchResult result;
  private final transient BatchFailure failure;

  /**
   * Creates the exception for {@code failure}, the first batch that failed, with the picture of the
   * whole submission; for callers' tests.
   */
  public BatchFailedException(BatchFailure failure, BatchResult result) {
    super(
        Objects.requireNonNull(failure, "failure == null").description()
            + " failed: "
            + failure.cause().getMessage()
            + " ("
            + Objects.requireNonNull(result, "result == null").summary()
            + ")",
        failure.cause());
    this.failure = failure;
    this.result = result;
  }

  /** Returns one result per submitted action, in submitted order, with the failed batches. */
  public BatchResult result() {
    return result;
  }

  /** Returns the first batch that failed: its number, range and exception. */
  public BatchFailure failure() {
    return failure;
  }
}
