package io.peoplesync.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
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
 * Checks the house rules for a vendor module: it holds no HTTP mechanics (no {@code java.net.http},
 * no status-code checks, no sleeping, no byte-array bodies) and uses only the core's public API and
 * SPI, never {@code io.peoplesync.core.internal}. Each vendor module runs it over its own {@code
 * src/main/java}.
 *
 * <p>What bytecode shows is checked with ArchUnit on the module's compiled classes ({@link
 * #RULES}); what only source shows (a status comparison, an array allocation) by a line scan.
 */
public final class VendorRules {
  /** The ArchUnit rules every vendor module's main classes must follow. */
  public static final ArchRule RULES =
      CompositeArchRule.of(
              noClasses()
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage("java.net.http..")
                  .because("the core builds and sends every HTTP request"))
          .and(
              noClasses()
                  .should()
                  .dependOnClassesThat()
                  .haveFullyQualifiedName("java.net.HttpURLConnection")
                  .because("the core owns the transport"))
          .and(
              noClasses()
                  .should()
                  .callMethod(Thread.class, "sleep", long.class)
                  .orShould()
                  .callMethod(Thread.class, "sleep", long.class, int.class)
                  .because("retry waits belong to the core's Delayer"))
          .and(
              noClasses()
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage("io.peoplesync.core.internal..")
                  .because("core.internal is not API: vendor modules use the SPI"));

  private static final List<Pattern> FORBIDDEN =
      List.of(
          Pattern.compile("statusCode\\(\\)\\s*[=!<>]=?"),
          Pattern.compile("new\\s+byte\\s*\\["),
          Pattern.compile("HttpRequest\\.newBuilder"),
          Pattern.compile("HttpClient\\.new"));

  private VendorRules() {}

  /**
   * Fails listing every rule broken by the module whose sources are {@code sourceRoot} ({@code
   * src/main/java}) and whose classes are next to it in {@code target/classes}.
   */
  public static void assertNoHttpMechanics(Path sourceRoot) {
    assertThat(sourceRoot).isDirectory();
    Path classes = sourceRoot.toAbsolutePath().getParent().getParent().getParent();
    classes = classes.resolve("target").resolve("classes");
    assertThat(classes).as("compiled classes of " + sourceRoot).isDirectory();
    JavaClasses imported = new ClassFileImporter().importPath(classes);
    RULES.check(imported);
    assertThat(scan(sourceRoot)).as("HTTP mechanics belong in peoplesync-core").isEmpty();
  }

  private static List<String> scan(Path sourceRoot) {
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
    return violations;
  }
}
