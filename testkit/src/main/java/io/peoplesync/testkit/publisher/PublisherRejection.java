package io.peoplesync.testkit.publisher;

/**
 * A request Publisher refuses: the HTTP status and the {@code ref} and {@code summary} it sends.
 */
final class PublisherRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Integer ref;

  PublisherRejection(int status, Integer ref, String summary) {
    super(summary, null, false, false);
    this.status = status;
    this.ref = ref;
  }

  static PublisherRejection badRequest(int ref, String summary) {
    return new PublisherRejection(400, ref, summary);
  }

  int status() {
    return status;
  }

  /** Returns the ref, or null when Publisher sends none. */
  Integer ref() {
    return ref;
  }

  String summary() {
    return getMessage();
  }
}
