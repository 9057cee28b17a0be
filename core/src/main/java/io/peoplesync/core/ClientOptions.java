package io.peoplesync.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings every client shares, as built by {@link ClientBuilder}: immutable and thread-safe.
 * Vendor modules read it; users set it through their vendor's builder.
 */
public final class ClientOptions {
  private final URI baseUri;
  private final HttpClient httpClient;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final Clock clock;
  private final Delayer delayer;
  private final Slots slots;

  ClientOptions(
      URI baseUri,
      HttpClient httpClient,
      Duration requestTimeout,
      RetryPolicy retryPolicy,
      String userAgent,
      Clock clock,
      Delayer delayer,
      Slots slots) {
    this.baseUri = baseUri;
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
    this.requestTimeout = requestTimeout;
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.delayer = Objects.requireNonNull(delayer, "delayer == null");
    this.slots = slots;
  }

  /** Returns the base URI every endpoint path is appended to. */
  public URI baseUri() {
    return baseUri;
  }

  /** Returns a copy with another base URI, for a second host of the same vendor (identity). */
  public ClientOptions withBaseUri(URI uri) {
    return new ClientOptions(
        ClientBuilder.checkUri("baseUri", uri),
        httpClient,
        requestTimeout,
        retryPolicy,
        userAgent,
        clock,
        delayer,
        slots);
  }

  /** Returns the HTTP client: the user's own, or one built for this client. */
  public HttpClient httpClient() {
    return httpClient;
  }

  /** Returns the timeout of one attempt, from sending to the last byte of the response. */
  public Optional<Duration> requestTimeout() {
    return Optional.ofNullable(requestTimeout);
  }

  /** Returns the retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns the {@code User-Agent} header value. */
  public String userAgent() {
    return userAgent;
  }

  /** Returns the clock used for token expiry and retry budgets. */
  public Clock clock() {
    return clock;
  }

  /** Returns the delayer used for retry waits. */
  public Delayer delayer() {
    return delayer;
  }

  /** Returns the user's per-call interceptors, in order. */
  public List<Interceptor> interceptors() {
    return slots.interceptors;
  }

  /** Returns the user's per-attempt (network) interceptors, in order. */
  public List<Interceptor> networkInterceptors() {
    return slots.networkInterceptors;
  }

  /**
   * Returns the user's listeners as one listener that calls each in turn and ignores (logs) their
   * failures; a no-op when there are none.
   */
  public EventListener listener() {
    return slots.listeners;
  }

  /** Returns whether any listener was added, so a client can skip building events at all. */
  public boolean hasListeners() {
    return !slots.listeners.isEmpty();
  }

  /** The user's pipeline slots, as the builder collected them. */
  static final class Slots {
    final List<Interceptor> interceptors;
    final List<Interceptor> networkInterceptors;
    final Listeners listeners;

    Slots(
        List<Interceptor> interceptors,
        List<Interceptor> networkInterceptors,
        Listeners listeners) {
      this.interceptors = List.copyOf(interceptors);
      this.networkInterceptors = List.copyOf(networkInterceptors);
      this.listeners = listeners;
    }
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUri="
        + baseUri
        + ", requestTimeout="
        + requestTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", userAgent="
        + userAgent
        + "}";
  }
}
