package io.peoplesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input exits 2, names its line or key, and sends nothing. */
class BadInputTest {
  private static final String SECRET = "top-secret-5b1d0c";

  @TempDir Path dir;
  private CliRunner cli;
  private Path goodCsv;

  @BeforeEach
  void startSandbox() {
    cli = new CliRunner(dir);
    goodCsv = Staff.of(4).write(dir.resolve("good.csv"));
  }

  @AfterEach
  void noRequestReachedAVendor() {
    assertThat(cli.requests()).isZero();
    cli.close();
  }

  private Path file(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private Path config(String from, String to) throws IOException {
    String yaml = new String(Files.readAllBytes(cli.config), StandardCharsets.UTF_8);
    assertThat(yaml).contains(from);
    return file("edited.yaml", yaml.replace(from, to));
  }

  private CliRunner.Result run(String... args) {
    CliRunner.Result result = cli.run(args);
    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.out + result.err).doesNotContain(SECRET);
    return result;
  }

  private CliRunner.Result apply(Path csv, Path config, String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "apply";
    args[1] = "--employees=" + csv;
    args[2] = "--config=" + config;
    System.arraycopy(extra, 0, args, 3, extra.length);
    return run(args);
  }

  @Test
  void aCsvWithSeveralProblemsIsRefusedListingEachWithItsLine() throws IOException {
    Path csv =
        file(
            "bad.csv",
            Staff.HEADER
                + "\nE-1,Ann,Peeters,ann@example.com,Engineer,Dev,,ACTIVE,2026-01-05,"
                + "\nE-1,Bart,Claes,bart@example.com,Engineer,Dev,E-7,ACTIVE,2026-02-30,"
                + "\nE-3,Chloé,Dubois,chloe@example.com,Engineer,Dev,,ACTIVE,2026-01-05,2025-01-01\n");

    CliRunner.Result result = apply(csv, cli.config);

    assertThat(result.err)
        .contains(csv + ": 4 problems")
        .contains("  line 4: endDate: must not be before startDate")
        .contains("  line 3: startDate is not a date as yyyy-MM-dd: 2026-02-30")
        .contains("  line 3: duplicate id E-1 (first on line 2)")
        .contains("  line 3: managerId E-7 is not an id in this file")
        .contains("Nothing was sent.");
    assertThat(result.out).isEmpty();
  }

  @Test
  void aCsvWithoutARequiredColumnOrWithAnUnknownOneIsRefused() throws IOException {
    Path csv = file("cols.csv", "id,givenName,familyName,mail\nE-1,Ann,Peeters,a@example.com\n");

    CliRunner.Result result = apply(csv, cli.config);

    assertThat(result.err)
        .contains("line 1: unknown column 'mail'")
        .contains("line 1: missing required column 'workEmail'");
  }

  @Test
  void anUnsetEnvironmentVariableIsRefusedNamingTheKeyAndTheVariable() throws IOException {
    Path config = config("clientSecret: fake-spencer-secret", "clientSecret: ${SPENCER_SECRET}");

    CliRunner.Result result = apply(goodCsv, config);

    assertThat(result.err)
        .contains(config + ": 1 problem")
        .contains("spencer.clientSecret: environment variable SPENCER_SECRET is not set");
  }

  @Test
  void aMissingVendorSettingIsRefusedNamingTheKey() throws IOException {
    Path config = config("  feed: hr-feed\n", "");

    assertThat(apply(goodCsv, config).err).contains("ortec.feed is required");
  }

  @Test
  void problemsInBothFilesAreListedTogetherWithoutTheSecret() throws IOException {
    cli.env.put("SPENCER_SECRET", SECRET);
    Path config =
        config("clientSecret: fake-spencer-secret", "clientSecret: ${SPENCER_SECRET}\n  bogus: 1");
    Path csv = file("short.csv", Staff.HEADER + "\nE-1,Ann\n");

    CliRunner.Result result = apply(csv, config);

    assertThat(result.err)
        .contains("spencer.bogus: unknown key")
        .contains("line 2: 2 cells, but the header on line 1 has 10");
  }

  @Test
  void missingFilesAreRefused() {
    CliRunner.Result result = apply(dir.resolve("none.csv"), dir.resolve("none.yaml"));

    assertThat(result.err)
        .contains(dir.resolve("none.yaml") + ": 1 problem")
        .contains(dir.resolve("none.csv") + ": 1 problem")
        .contains("file not found");
  }

  @Test
  void aStateThatIsNoJdbcUrlOrCannotBeOpenedIsRefused() throws IOException {
    assertThat(apply(goodCsv, cli.config, "--state", "postgres://db/x").err)
        .contains("--state: expected a JDBC URL (jdbc:...)");

    Path notADirectory = file("plain-file", "x");
    String url = "jdbc:h2:file:" + notADirectory.resolve("state") + ";password=" + SECRET;
    assertThat(apply(goodCsv, cli.config, "--state", url).err)
        .contains("cannot open")
        .contains("password=****");
  }

  @Test
  void badOptionsAreRefusedWithTheUsage() {
    assertThat(run("apply", "--config", cli.config.toString()).err)
        .contains("Missing required option: '--employees=CSV'")
        .contains("Usage: peoplesync apply");
    assertThat(apply(goodCsv, cli.config, "--allow-deactivations", "-1").err)
        .contains("--allow-deactivations: must be 0 or more");
    assertThat(apply(goodCsv, cli.config, "--allow-deactivations", "many").err)
        .contains("Invalid value for option '--allow-deactivations'");
    assertThat(apply(goodCsv, cli.config, "--report", dir.resolve("no/such/r.json").toString()).err)
        .contains("--report: no such directory");
    assertThat(
            run(
                    "plan",
                    "--employees",
                    goodCsv.toString(),
                    "--config",
                    cli.config.toString(),
                    "--format",
                    "xml")
                .err)
        .contains("Invalid value for option '--format'");
    assertThat(run("sandbox", "--config-out", "x.yaml", "--for", "10 minutes").err)
        .contains("is not a duration (expected e.g. 90s, 10m, 1h30m or PT90S)");
    assertThat(run("frobnicate").err).contains("Unmatched argument");
    assertThat(run().err).contains("Missing command: sandbox, plan or apply");
  }
}
