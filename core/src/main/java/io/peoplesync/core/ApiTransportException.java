package io.peoplesync.core;

/**
 * Thrown when no HTTP response was received: the connection failed, was reset, or timed out.
 *
 * <p>{@link #mayHaveReachedServer()} tells whether the request could have been processed: when
 * true, a non-idempotent call (such as a create) may have taken effect and should be checked before
 * it is repeated.
 */
public class ApiTransportException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final boolean mayHaveReachedServer;

  /** Creates the exception; the message must name the endpoint, never a URL. */
  public ApiTransportException(String message, boolean mayHaveReachedServer, Throwable cause) {
    super(message, cause);
    this.mayHaveReachedServer = mayHaveReachedServer;
  }

  /** Returns false only when the request provably never left this machine (connect failure). */
  public boolean mayHaveReachedServer() {
    return mayHaveReachedServer;
  }
}
