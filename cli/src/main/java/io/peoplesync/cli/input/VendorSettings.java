package io.peoplesync.cli.input;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One vendor's section of the config with every {@code ${ENV_VAR}} already resolved. Checked when
 * read, so each required key is present; {@link #toString()} masks the secrets.
 */
public final class VendorSettings {
  private final Vendor vendor;
  private final Map<String, String> values;

  VendorSettings(Vendor vendor, Map<String, String> values) {
    this.vendor = vendor;
    this.values = Map.copyOf(values);
  }

  /** Returns the vendor this section configures. */
  public Vendor vendor() {
    return vendor;
  }

  /**
   * Returns the value of {@code key}.
   *
   * @throws IllegalStateException if the section has no such key (a required key always exists)
   */
  public String get(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalStateException(vendor.key() + "." + key + " is not set");
    }
    return v;
  }

  /** Returns the value of {@code key} if the section sets it. */
  public Optional<String> find(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** Returns the value of {@code key} as a URI, if set (checked when the config was read). */
  public Optional<URI> uri(String key) {
    return find(key).map(URI::create);
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    values.forEach((k, v) -> shown.put(k, vendor.isSecret(k) ? "****" : v));
    return vendor.key() + shown;
  }
}
