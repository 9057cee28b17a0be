package io.peoplesync.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core's layers: public API, SPI, internals, and which may use which. */
class LayeringTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.peoplesync.core");

  /** The repository root: surefire runs in {@code core/}. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void corePackagesFormNoCycle() {
    slices().matching("io.peoplesync.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void thePublicApiDependsOnNoOtherPeoplesyncPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.peoplesync.core")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.peoplesync.core.spi..",
            "io.peoplesync.core.internal..",
            "io.peoplesync.core.auth..")
        .check(CORE);
  }

  @Test
  void internalsDependOnlyOnThePublicApi() {
    noClasses()
        .that()
        .resideInAPackage("io.peoplesync.core.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.peoplesync.core.spi..", "io.peoplesync.core.auth..")
        .check(CORE);
  }

  @Test
  void theSpiDoesNotDependOnTheAuthPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.peoplesync.core.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.peoplesync.core.auth..")
        .check(CORE);
  }

  @Test
  void noFileOutsideCoreImportsTheCoresInternals() throws IOException {
    List<String> offenders =
        javaFiles(false)
            .filter(p -> !ROOT.relativize(p).startsWith("core"))
            // The benchmarks (never published) measure the core's codecs themselves.
            .filter(p -> !ROOT.relativize(p).startsWith("benchmarks"))
            .filter(p -> read(p).contains("io.peoplesync.core.internal"))
            .map(p -> ROOT.relativize(p).toString())
            .collect(Collectors.toList());

    assertThat(offenders).isEmpty();
  }

  @Test
  void noMainSourceFileIsLongerThan500Lines() throws IOException {
    List<String> tooLong =
        javaFiles(true)
            .filter(p -> read(p).split("\n", -1).length - 1 > 500)
            .map(p -> ROOT.relativize(p).toString())
            .collect(Collectors.toList());

    assertThat(tooLong).isEmpty();
  }

  @Test
  void everyPackageOfTheCoreHasAPackageInfo() {
    assertThat(
            CORE.stream()
                .map(c -> c.getPackageName())
                .distinct()
                .filter(p -> !Files.exists(mainSource(p).resolve("package-info.java")))
                .collect(Collectors.toList()))
        .isEmpty();
  }

  private static Path mainSource(String pkg) {
    return ROOT.resolve("core/src/main/java").resolve(pkg.replace('.', '/'));
  }

  /**
   * Every {@code .java} file of every module, only under {@code src/main} when {@code mainOnly}.
   */
  private static Stream<Path> javaFiles(boolean mainOnly) throws IOException {
    return Files.walk(ROOT)
        .filter(p -> p.toString().endsWith(".java"))
        .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
        .filter(p -> !mainOnly || p.toString().contains("/src/main/"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
