package io.peoplesync.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.peoplesync.core.CallEvent;
import io.peoplesync.core.CallOutcome;
import io.peoplesync.core.EventListener;
import io.peoplesync.core.RetryEvent;
import java.util.Objects;

/**
 * Records every call of a peoplesync client as Micrometer meters: register it on any client builder
 * with {@code .listener(MicrometerListener.of(registry))}.
 *
 * <ul>
 *   <li>{@value #REQUESTS}: a timer per call (all its attempts and waits included), tagged {@code
 *       vendor}, {@code endpoint} (the endpoint name, such as {@code spencer.users.create}), {@code
 *       method}, {@code status} (the final HTTP status, or {@code NONE} when no response arrived)
 *       and {@code outcome} ({@link CallOutcome}).
 *   <li>{@value #RETRIES}: a counter of retries, tagged {@code vendor}, {@code endpoint}, {@code
 *       method} and {@code reason} ({@code status 503}, or the failure's class name).
 * </ul>
 *
 * <p>Tags are endpoint names and templates, never URLs, so their number stays bounded and no id or
 * secret becomes a tag. Thread-safe.
 */
public final class MicrometerListener implements EventListener {
  /** The name of the call timer. */
  public static final String REQUESTS = "peoplesync.client.requests";

  /** The name of the retry counter. */
  public static final String RETRIES = "peoplesync.client.retries";

  private final MeterRegistry registry;

  private MicrometerListener(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Returns a listener that records into {@code registry}. */
  public static MicrometerListener of(MeterRegistry registry) {
    return new MicrometerListener(Objects.requireNonNull(registry, "registry == null"));
  }

  @Override
  public void callEnd(CallEvent event) {
    Timer.builder(REQUESTS)
        .description("peoplesync client calls, retries included")
        .tags(
            Tags.of(
                "vendor", event.vendor(),
                "endpoint", event.endpoint().name(),
                "method", event.endpoint().method().name(),
                "status",
                    event.statusCode().isPresent()
                        ? Integer.toString(event.statusCode().getAsInt())
                        : "NONE",
                "outcome", event.outcome().map(Enum::name).orElse("UNKNOWN")))
        .register(registry)
        .record(event.duration());
  }

  @Override
  public void retry(RetryEvent event) {
    Counter.builder(RETRIES)
        .description("peoplesync client retries")
        .tags(
            Tags.of(
                "vendor", event.vendor(),
                "endpoint", event.endpoint().name(),
                "method", event.endpoint().method().name(),
                "reason", event.reason()))
        .register(registry)
        .increment();
  }

  @Override
  public String toString() {
    return "MicrometerListener{" + registry.getClass().getSimpleName() + "}";
  }
}
