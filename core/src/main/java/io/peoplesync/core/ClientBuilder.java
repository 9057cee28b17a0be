package io.peoplesync.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The settings every vendor client's builder shares; each setter returns the vendor's own builder
 * type, so calls chain.
 *
 * <p>Every setter rejects null at once, naming the argument. Defaults: 10 s connect timeout, 30 s
 * request timeout, {@link RetryPolicy#defaults()}, the system clock.
 *
 * @param <B> the vendor builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private URI baseUri;
  private HttpClient httpClient;
  // The JDK client hands every task from its selector thread to this executor. Its own tasks are
  // short and non-blocking, so running them where they arise saves a thread hand-off per response
  // without letting user code near the selector: see httpClient(HttpClient).
  private static final Executor INLINE = Runnable::run;

  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private String userAgentSuffix;
  private Clock clock = Clock.systemUTC();
  private Delayer delayer = Delayer.system();
  private final List<Interceptor> interceptors = new ArrayList<>();
  private final List<Interceptor> networkInterceptors = new ArrayList<>();
  private final List<EventListener> listeners = new ArrayList<>();

  /** Creates a builder with the defaults. */
  protected ClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sets the URI endpoint paths are appended to, overriding what the vendor builder derives.
   *
   * @throws IllegalArgumentException if it is not an absolute http or https URI
   */
  public B baseUri(URI baseUri) {
    this.baseUri = checkUri("baseUri", baseUri);
    return self();
  }

  /**
   * Uses the caller's own {@link HttpClient} (proxy, SSL context, executor) as is; {@link
   * #connectTimeout} then has no effect. Redirects are whatever that client does.
   *
   * <p>Without one, each client builds its own: connect timeout as set, no redirects, and an
   * executor that runs the JDK client's internal tasks on the thread that hands them over instead
   * of passing each to a worker pool. Those tasks only move bytes and never block, and the JDK runs
   * the dependent actions of an asynchronous call in the common pool whatever the executor, so
   * callbacks never run on the client's selector thread; for a small call it halves the JDK
   * client's CPU. Pass a client with a pooled executor instead when one client carries many
   * concurrent TLS connections, whose decryption that executor would otherwise do on the selector
   * thread alone.
   */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
    return self();
  }

  /** Sets the connect timeout of the client's own {@link HttpClient}; must be positive. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive("connectTimeout", connectTimeout);
    return self();
  }

  /** Sets the timeout of each attempt, from sending to the last byte; must be positive. */
  public B requestTimeout(Duration requestTimeout) {
    this.requestTimeout = positive("requestTimeout", requestTimeout);
    return self();
  }

  /** Sets when and how failed requests are repeated. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
    return self();
  }

  /** Appends {@code suffix} (for example {@code acme-hr-sync/2.1}) to the User-Agent header. */
  public B userAgentSuffix(String userAgentSuffix) {
    Objects.requireNonNull(userAgentSuffix, "userAgentSuffix == null");
    if (userAgentSuffix.isBlank() || userAgentSuffix.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("userAgentSuffix must be non-blank printable text");
    }
    this.userAgentSuffix = userAgentSuffix.trim();
    return self();
  }

  /** Sets the clock used for token expiry and retry budgets; tests pass a controllable one. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return self();
  }

  /** Sets how retry waits happen; tests pass one that records instead of sleeping. */
  public B delayer(Delayer delayer) {
    this.delayer = Objects.requireNonNull(delayer, "delayer == null");
    return self();
  }

  /**
   * Adds an interceptor that runs once per call, around all retries, before authentication: it sees
   * attempt 1 only. Interceptors run in the order added, before the built-in stages.
   */
  public B addInterceptor(Interceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor == null"));
    return self();
  }

  /**
   * Adds an interceptor that runs for every attempt on the wire (retries and 401 token replays
   * included), after authentication; credentials are masked in what it sees.
   */
  public B addNetworkInterceptor(Interceptor interceptor) {
    networkInterceptors.add(Objects.requireNonNull(interceptor, "interceptor == null"));
    return self();
  }

  /** Adds a listener for call, attempt, retry and token events; listeners are called in order. */
  public B addListener(EventListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener == null"));
    return self();
  }

  /** Same as {@link #addListener}: reads better when there is only one. */
  public B listener(EventListener listener) {
    return addListener(listener);
  }

  /** Returns the base URI the user set, if any. */
  protected final Optional<URI> baseUri() {
    return Optional.ofNullable(baseUri);
  }

  /**
   * Returns the shared settings, with {@code defaultBaseUri} used when the user set none.
   *
   * @throws IllegalStateException if neither the user nor the vendor builder gave a base URI
   */
  protected final ClientOptions options(Optional<URI> defaultBaseUri) {
    URI uri = baseUri != null ? baseUri : defaultBaseUri.orElse(null);
    if (uri == null) {
      throw new IllegalStateException(
          "baseUri is required: set baseUri(...) or the vendor's host setting");
    }
    HttpClient client =
        httpClient != null
            ? httpClient
            : HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(INLINE)
                .build();
    return new ClientOptions(
        checkUri("baseUri", uri),
        client,
        requestTimeout,
        retryPolicy,
        UserAgent.value(userAgentSuffix),
        clock,
        delayer,
        new ClientOptions.Slots(interceptors, networkInterceptors, new Listeners(listeners)));
  }

  static URI checkUri(String name, URI uri) {
    Objects.requireNonNull(uri, name + " == null");
    String scheme = uri.getScheme();
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException(name + " must be an absolute http or https URI");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(name + " must not have a query or fragment");
    }
    return uri;
  }

  private static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive (was " + d + ")");
    }
    return d;
  }
}
