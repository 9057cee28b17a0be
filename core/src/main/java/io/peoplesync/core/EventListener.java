package io.peoplesync.core;

/**
 * Receives what a client does, for metrics, tracing or audit: calls, attempts, retries and token
 * refreshes. Registered on any client builder with {@link ClientBuilder#addListener}.
 *
 * <p>Every method has an empty default, so a listener overrides only what it needs. Events carry
 * endpoint name, vendor, method, path template, status and duration, never a URL, header, body or
 * secret. Listeners are called on the thread that completes the step (the caller's thread for a
 * blocking call) and must be fast and thread-safe; an exception a listener throws is logged and
 * otherwise ignored, so it cannot break a call.
 */
public interface EventListener {
  /** Called once when a call starts, before any interceptor runs. */
  default void callStart(CallEvent event) {}

  /** Called once when a call ends, after its last attempt, with the final status or failure. */
  default void callEnd(CallEvent event) {}

  /** Called after every attempt on the wire, retries and 401 token replays included. */
  default void attempt(CallEvent event) {}

  /** Called when the client decided to repeat an attempt, before it waits. */
  default void retry(RetryEvent event) {}

  /** Called after an OAuth2 token provider fetched (or failed to fetch) a token. */
  default void tokenRefresh(TokenEvent event) {}
}
