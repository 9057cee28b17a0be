package io.peoplesync.cli.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The config file, checked: the vendors to sync (in {@link Vendor} order), an optional state
 * database URL and the guard rails' optional shares.
 */
public final class CliConfig {
  private final Map<Vendor, VendorSettings> vendors;
  private final Optional<String> state;
  private final OptionalDouble maxDeactivationShare;
  private final OptionalDouble maxPopulationShrink;

  CliConfig(
      Map<Vendor, VendorSettings> vendors,
      Optional<String> state,
      OptionalDouble maxDeactivationShare,
      OptionalDouble maxPopulationShrink) {
    this.vendors = vendors;
    this.state = state;
    this.maxDeactivationShare = maxDeactivationShare;
    this.maxPopulationShrink = maxPopulationShrink;
  }

  /** Returns each configured vendor's settings, in {@link Vendor} order; never empty. */
  public List<VendorSettings> vendors() {
    return List.copyOf(vendors.values());
  }

  /** Returns the settings of {@code vendor}, if the config has its section. */
  public Optional<VendorSettings> vendor(Vendor vendor) {
    return Optional.ofNullable(vendors.get(vendor));
  }

  /** Returns the {@code state} JDBC URL, if the config sets one ({@code --state} wins). */
  public Optional<String> state() {
    return state;
  }

  /** Returns {@code maxDeactivationShare} (0 to 1), if the config sets one. */
  public OptionalDouble maxDeactivationShare() {
    return maxDeactivationShare;
  }

  /** Returns {@code maxPopulationShrink} (0 to 1), if the config sets one. */
  public OptionalDouble maxPopulationShrink() {
    return maxPopulationShrink;
  }

  @Override
  public String toString() {
    return "CliConfig{vendors=" + vendors.values() + ", state=" + state.isPresent() + "}";
  }
}
