package io.peoplesync.core.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;

/** Fails fast, with a message naming the version found, when Jackson is older than supported. */
final class JacksonVersion {
  static final Version MINIMUM =
      new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-databind");

  private JacksonVersion() {}

  static void check() {
    check(PackageVersion.VERSION);
  }

  static void check(Version found) {
    if (found.compareTo(MINIMUM) < 0) {
      throw new IllegalStateException(
          "peoplesync needs jackson-databind "
              + MINIMUM.getMajorVersion()
              + "."
              + MINIMUM.getMinorVersion()
              + " or newer on the class path, but found "
              + found.toString()
              + "; align your Jackson version (for example by importing jackson-bom)");
    }
  }
}
