package io.peoplesync.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code peoplesync/<version> java/<java.version> [suffix]}. */
final class UserAgent {
  private static final String BASE =
      "peoplesync/" + version() + " java/" + System.getProperty("java.version");

  private UserAgent() {}

  /** Returns the header value, with {@code suffix} appended when not null. */
  static String value(String suffix) {
    return suffix == null ? BASE : BASE + " " + suffix;
  }

  static String version() {
    try (InputStream in =
        UserAgent.class.getResourceAsStream("/io/peoplesync/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
