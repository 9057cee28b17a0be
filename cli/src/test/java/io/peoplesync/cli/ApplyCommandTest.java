package io.peoplesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {
  private static final List<String> TARGETS =
      List.of("spencer", "ortec", "publisher", "springest", "pepper");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void startSandbox() {
    cli = new CliRunner(dir);
  }

  @AfterEach
  void stopSandbox() {
    cli.close();
  }

  private JsonNode report(CliRunner.Result result, Path file) throws IOException {
    assertThat(result.out).contains("Report written to " + file);
    return JSON.readTree(file.toFile());
  }

  private static Map<String, Long> column(JsonNode report, String column) {
    Map<String, Long> counts = new LinkedHashMap<>();
    report
        .get("targets")
        .properties()
        .forEach(e -> counts.put(e.getKey(), e.getValue().get(column).asLong()));
    return counts;
  }

  private static Map<String, Long> every(long n) {
    Map<String, Long> counts = new LinkedHashMap<>();
    TARGETS.forEach(t -> counts.put(t, n));
    return counts;
  }

  @Test
  void firstApplyCreatesEveryEmployeeInEveryTarget() throws IOException {
    Path reportFile = dir.resolve("report.json");
    CliRunner.Result result = cli.apply(Staff.of(12), "--report", reportFile.toString());

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.OK);
    JsonNode report = report(result, reportFile);
    assertThat(column(report, "created")).isEqualTo(every(12));
    assertThat(column(report, "failed")).isEqualTo(every(0));
    assertThat(cli.sandbox.spencer().users()).hasSize(12);
    assertThat(cli.sandbox.ortec().accounts()).hasSize(12);
    assertThat(cli.sandbox.publisher().users()).hasSize(12);
    assertThat(cli.sandbox.springest().users()).hasSize(12);
    assertThat(cli.sandbox.pepper().users()).hasSize(12);
    assertThat(result.out).contains("Plan for 12 employees").contains("Applied in");
    assertThat(result.err).contains("spencer    12/12 changes applied (100%)");
  }

  @Test
  void secondApplyOfTheSameFileSendsNoWriteRequest() throws IOException {
    assertThat(cli.apply(Staff.of(12)).exitCode).isEqualTo(ExitCode.OK);
    long writesAfterFirst = cli.writes();
    assertThat(writesAfterFirst).isGreaterThanOrEqualTo(4 * 12 + 1);

    Path reportFile = dir.resolve("again.json");
    CliRunner.Result again = cli.apply(Staff.of(12), "--report", reportFile.toString());

    assertThat(again.exitCode).as(again.toString()).isEqualTo(ExitCode.OK);
    assertThat(cli.writes()).isEqualTo(writesAfterFirst);
    assertThat(cli.sandbox.writeRequests().values()).allMatch(n -> n > 0);
    JsonNode report = report(again, reportFile);
    assertThat(column(report, "unchanged")).isEqualTo(every(12));
    assertThat(column(report, "created")).isEqualTo(every(0));
    assertThat(column(report, "updated")).isEqualTo(every(0));
    assertThat(again.err).isEmpty();
  }

  @Test
  void aChangedColumnUpdatesOnlyThatField() throws IOException {
    cli.apply(Staff.of(12));
    Map<String, Long> before = cli.sandbox.writeRequests();

    Path reportFile = dir.resolve("changed.json");
    CliRunner.Result result =
        cli.apply(
            Staff.of(12).withJobTitle(Staff.id(5), "Principal Analyst"),
            "--report",
            reportFile.toString());

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.OK);
    JsonNode report = report(result, reportFile);
    assertThat(column(report, "updated")).isEqualTo(every(1));
    assertThat(column(report, "unchanged")).isEqualTo(every(11));
    List<JsonNode> updates = new ArrayList<>();
    report
        .get("changes")
        .forEach(
            c -> {
              if (c.get("kind").asText().equals("UPDATE")) {
                updates.add(c);
              }
            });
    assertThat(updates).hasSize(5);
    for (JsonNode u : updates) {
      assertThat(u.get("employeeId").asText()).isEqualTo(Staff.id(5));
      assertThat(u.get("fields").size()).as(u.toString()).isEqualTo(1);
      assertThat(u.get("fields").get("jobTitle").get("before").asText()).isEqualTo("Analyst");
      assertThat(u.get("fields").get("jobTitle").get("after").asText())
          .isEqualTo("Principal Analyst");
    }
    Map<String, Long> after = cli.sandbox.writeRequests();
    TARGETS.forEach(t -> assertThat(after.get(t) - before.get(t)).as(t).isEqualTo(1));
    assertThat(cli.sandbox.spencer().user(Staff.id(5)).orElseThrow().toString())
        .contains("Principal Analyst");
  }

  @Test
  void leaversAreDeactivatedOrDeletedAsEachTargetDoes() throws IOException {
    cli.apply(Staff.of(20));

    Path reportFile = dir.resolve("leavers.json");
    CliRunner.Result result =
        cli.apply(
            Staff.of(20).terminated(Staff.id(7)).terminated(Staff.id(8)),
            "--report",
            reportFile.toString());

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.OK);
    JsonNode report = report(result, reportFile);
    Map<String, Long> leavers = new LinkedHashMap<>();
    TARGETS.forEach(
        t ->
            leavers.put(
                t, column(report, "deactivated").get(t) + column(report, "deleted").get(t)));
    assertThat(leavers).isEqualTo(every(2));
    assertThat(column(report, "failed")).isEqualTo(every(0));
  }

  @Test
  void aSixtyPercentShorterFileIsRefusedWithNothingDeactivated() {
    cli.apply(Staff.of(20));
    long writes = cli.writes();

    CliRunner.Result result = cli.apply(Staff.of(20).first(8));

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.GUARD_RAIL);
    assertThat(result.err)
        .contains("Refused by a guard rail: population shrank from 20 to 8 employees")
        .contains(
            "Nothing was sent. If this is intended, run again with --allow-deactivations 12.");
    assertThat(cli.writes()).isEqualTo(writes);
    assertThat(cli.sandbox.spencer().users()).hasSize(20);
    assertThat(cli.sandbox.ortec().accounts()).hasSize(20);
    assertThat(cli.sandbox.pepper().users()).hasSize(20);
  }

  @Test
  void allowDeactivationsLiftsTheGuardRailForOneRun() throws IOException {
    cli.apply(Staff.of(20));
    Path reportFile = dir.resolve("allowed.json");

    CliRunner.Result allowed =
        cli.apply(
            Staff.of(20).first(8),
            "--allow-deactivations",
            "12",
            "--report",
            reportFile.toString());

    assertThat(allowed.exitCode).as(allowed.toString()).isEqualTo(ExitCode.OK);
    JsonNode report = report(allowed, reportFile);
    TARGETS.forEach(
        t ->
            assertThat(column(report, "deactivated").get(t) + column(report, "deleted").get(t))
                .as(t)
                .isEqualTo(12));
    assertThat(cli.sandbox.ortec().accounts()).hasSize(8);

    assertThat(cli.apply(Staff.of(20).first(6)).exitCode).isEqualTo(ExitCode.GUARD_RAIL);
  }

  @Test
  void theReportMatchesTheSummaryTable() throws IOException {
    cli.apply(Staff.of(12));
    Path reportFile = dir.resolve("report.json");

    CliRunner.Result result =
        cli.apply(
            Staff.of(12).withJobTitle(Staff.id(2), "Staff Engineer").terminated(Staff.id(3)),
            "--allow-deactivations",
            "1",
            "--report",
            reportFile.toString());

    JsonNode report = report(result, reportFile);
    Map<String, Map<String, Long>> table = table(result.out);
    assertThat(table.keySet()).containsExactlyElementsOf(TARGETS);
    Map<String, Map<String, Long>> json = new LinkedHashMap<>();
    report
        .get("targets")
        .properties()
        .forEach(
            e -> {
              Map<String, Long> row = new LinkedHashMap<>();
              e.getValue().properties().forEach(c -> row.put(c.getKey(), c.getValue().asLong()));
              json.put(e.getKey(), row);
            });
    assertThat(json).isEqualTo(table);
    assertThat(report.get("changes")).hasSize(5 * 12);
    long updated = 0;
    for (JsonNode c : report.get("changes")) {
      assertThat(c.get("succeeded").asBoolean()).isTrue();
      updated += c.get("kind").asText().equals("UPDATE") ? 1 : 0;
    }
    assertThat(updated).isEqualTo(5);
  }

  /** Reads the summary table's target rows back from the output. */
  private static Map<String, Map<String, Long>> table(String out) {
    String[] lines = out.split("\\R");
    int header = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("target") && lines[i].contains("created")) {
        header = i;
      }
    }
    assertThat(header).as(out).isGreaterThan(0);
    String[] columns = lines[header].trim().split("\\s+");
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (int i = header + 1; i < lines.length && !lines[i].isBlank(); i++) {
      String[] cells = lines[i].trim().split("\\s+");
      if (cells[0].equals("total")) {
        continue;
      }
      Map<String, Long> row = new LinkedHashMap<>();
      for (int c = 1; c < columns.length; c++) {
        row.put(columns[c], Long.parseLong(cells[c]));
      }
      rows.put(cells[0], row);
    }
    return rows;
  }

  @Test
  void aDryRunPlansAndSendsNothing() {
    CliRunner.Result result = cli.apply(Staff.of(6), "--dry-run");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(result.out).contains("Dry run: nothing was applied.").doesNotContain("Applied in");
    assertThat(cli.writes()).isZero();
    assertThat(cli.sandbox.spencer().users()).isEmpty();
  }

  @Test
  void failedChangesExitOneAndAreListed() throws IOException {
    cli.apply(Staff.of(6));
    cli.sandbox.spencer().useClientCredentials("rotated-id", "rotated-secret");
    cli.sandbox.spencer().revokeTokens();
    Path reportFile = dir.resolve("failed.json");

    CliRunner.Result result =
        cli.apply(Staff.of(6).withJobTitle(Staff.id(4), "Lead"), "--report", reportFile.toString());

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.SOME_FAILED);
    JsonNode report = report(result, reportFile);
    assertThat(column(report, "failed")).containsEntry("spencer", 1L).containsEntry("ortec", 0L);
    assertThat(column(report, "updated")).containsEntry("spencer", 0L).containsEntry("pepper", 1L);
    assertThat(result.out).contains("1 changes failed:").contains("spencer    E-0004");
    assertThat(result.out + result.err)
        .doesNotContain("fake-spencer-secret")
        .doesNotContain("rotated-secret");

    cli.sandbox.spencer().useClientCredentials("fake-spencer-client", "fake-spencer-secret");
    CliRunner.Result retry = cli.apply(Staff.of(6).withJobTitle(Staff.id(4), "Lead"));
    assertThat(retry.exitCode).as(retry.toString()).isEqualTo(ExitCode.OK);
    assertThat(retry.out).containsPattern("spencer\\s+0\\s+1\\s+5");
  }
}
