package io.peoplesync.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the house rule that a vendor module holds no HTTP mechanics: no {@code java.net.http}, no
 * status-code checks, no sleeping, no byte-array bodies. Each vendor module runs it over its own
 * {@code src/main/java}.
 */
public final class VendorRules {
  private static final List<Pattern> FORBIDDEN =
      List.of(
          Pattern.compile("import\\s+java\\.net\\.http"),
          Pattern.compile("HttpRequest\\.newBuilder"),
          Pattern.compile("HttpClient\\.new"),
          Pattern.compile("Thread\\.sleep"),
          Pattern.compile("statusCode\\(\\)\\s*[=!<>]=?"),
          Pattern.compile("new\\s+byte\\s*\\["),
          Pattern.compile("HttpURLConnection"));

  private VendorRules() {}

  /** Fails listing every line of {@code sourceRoot} that does HTTP work the core should do. */
  public static void assertNoHttpMechanics(Path sourceRoot) {
    assertThat(sourceRoot).isDirectory();
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          for (Pattern p : FORBIDDEN) {
            if (p.matcher(lines.get(i)).find()) {
              violations.add(
                  sourceRoot.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(violations).as("HTTP mechanics belong in peoplesync-core").isEmpty();
  }
}
