package io.peoplesync.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test fixtures kept under the test class's package path in {@code src/test/resources}. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the text of {@code relative}, resolved against {@code anchor}'s package. */
  public static String read(Class<?> anchor, String relative) {
    return new String(bytes(anchor, relative), StandardCharsets.UTF_8);
  }

  /** Returns the bytes of {@code relative}, resolved against {@code anchor}'s package. */
  public static byte[] bytes(Class<?> anchor, String relative) {
    try (InputStream in = anchor.getResourceAsStream(relative)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no fixture " + relative + " next to " + anchor.getPackageName().replace('.', '/'));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
