package io.peoplesync.pepper;

import io.peoplesync.core.spi.Validate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The tuning of an {@link ActionPoller}: each setter checks its value and returns a copy. */
final class PollerSettings {
  static final PollerSettings DEFAULTS =
      new PollerSettings(
          ActionPoller.DEFAULT_SAFETY_LAG,
          ActionPoller.DEFAULT_OVERLAP,
          Optional.empty(),
          ActionPoller.DEFAULT_MAX_WINDOW,
          ActionPoller.DEFAULT_MAX_DELIVERIES,
          ActionPoller::logSkip);

  private final Duration safetyLag;
  private final Duration overlap;
  private final Optional<Integer> pageLimit;
  private final Duration maxWindow;
  private final int maxDeliveries;
  private final Consumer<? super SkippedAction> onSkip;

  private PollerSettings(
      Duration safetyLag,
      Duration overlap,
      Optional<Integer> pageLimit,
      Duration maxWindow,
      int maxDeliveries,
      Consumer<? super SkippedAction> onSkip) {
    this.safetyLag = safetyLag;
    this.overlap = overlap;
    this.pageLimit = pageLimit;
    this.maxWindow = maxWindow;
    this.maxDeliveries = maxDeliveries;
    this.onSkip = onSkip;
  }

  Duration safetyLag() {
    return safetyLag;
  }

  Duration overlap() {
    return overlap;
  }

  Optional<Integer> pageLimit() {
    return pageLimit;
  }

  Duration maxWindow() {
    return maxWindow;
  }

  int maxDeliveries() {
    return maxDeliveries;
  }

  Consumer<? super SkippedAction> onSkip() {
    return onSkip;
  }

  PollerSettings safetyLag(Duration value) {
    return new PollerSettings(
        nonNegative("safetyLag", value), overlap, pageLimit, maxWindow, maxDeliveries, onSkip);
  }

  PollerSettings overlap(Duration value) {
    return new PollerSettings(
        safetyLag, nonNegative("overlap", value), pageLimit, maxWindow, maxDeliveries, onSkip);
  }

  PollerSettings pageLimit(int value) {
    Validate.check(value > 0, "pageLimit", "must be positive");
    return new PollerSettings(
        safetyLag, overlap, Optional.of(value), maxWindow, maxDeliveries, onSkip);
  }

  PollerSettings maxWindow(Duration value) {
    Objects.requireNonNull(value, "maxWindow == null");
    Validate.check(!value.isNegative() && !value.isZero(), "maxWindow", "must be positive");
    return new PollerSettings(safetyLag, overlap, pageLimit, value, maxDeliveries, onSkip);
  }

  PollerSettings maxDeliveries(int value) {
    Validate.check(value > 0, "maxDeliveries", "must be positive");
    return new PollerSettings(safetyLag, overlap, pageLimit, maxWindow, value, onSkip);
  }

  PollerSettings onSkip(Consumer<? super SkippedAction> value) {
    Objects.requireNonNull(value, "listener == null");
    return new PollerSettings(safetyLag, overlap, pageLimit, maxWindow, maxDeliveries, value);
  }

  private static Duration nonNegative(String name, Duration d) {
    Objects.requireNonNull(d, name + " == null");
    Validate.check(!d.isNegative(), name, "must not be negative");
    return d;
  }

  @Override
  public String toString() {
    return "safetyLag="
        + safetyLag
        + ", overlap="
        + overlap
        + ", maxWindow="
        + maxWindow
        + ", maxDeliveries="
        + maxDeliveries;
  }
}
