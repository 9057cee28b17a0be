package io.peoplesync.core.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;

/**
 * Logs each attempt at DEBUG through {@code System.Logger} "io.peoplesync.http": method, redacted
 * URL, allow-listed headers, status, duration and attempt number. Bodies are never logged.
 */
public final class LoggingStage implements Stage {
  /** The logger name users configure. */
  public static final String LOGGER_NAME = "io.peoplesync.http";

  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

  @Override
  public CompletableFuture<ApiResponse> process(ApiRequest request, Chain chain) {
    if (!LOG.isLoggable(Level.DEBUG)) {
      return chain.proceed(request);
    }
    String line =
        request.method()
            + " "
            + Redactor.uri(request)
            + " ["
            + request.endpoint().name()
            + ", attempt "
            + request.attempt()
            + "]";
    LOG.log(Level.DEBUG, "--> " + line + " " + Redactor.headers(request.headers()));
    long start = System.nanoTime();
    return Async.guard(() -> chain.proceed(request))
        .whenComplete(
            (response, error) -> {
              long ms = (System.nanoTime() - start) / 1_000_000;
              if (error != null) {
                LOG.log(
                    Level.DEBUG,
                    "<-- failed "
                        + line
                        + " ("
                        + ms
                        + " ms): "
                        + Async.unwrap(error).getClass().getSimpleName());
              } else {
                LOG.log(
                    Level.DEBUG,
                    "<-- "
                        + response.statusCode()
                        + " "
                        + line
                        + " ("
                        + ms
                        + " ms) "
                        + Redactor.headers(response.headers()));
              }
            });
  }
}
