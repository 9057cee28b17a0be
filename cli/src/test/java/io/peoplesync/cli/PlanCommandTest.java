package io.peoplesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
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

  private CliRunner.Result plan(Staff staff, String... extra) {
    String[] args = new String[5 + extra.length];
    args[0] = "plan";
    args[1] = "--employees";
    args[2] = staff.write(dir.resolve("plan.csv")).toString();
    args[3] = "--config";
    args[4] = cli.config.toString();
    System.arraycopy(extra, 0, args, 5, extra.length);
    return cli.run(args);
  }

  @Test
  void printsCountsPerTargetThenEveryChangeAndWritesNothing() {
    cli.apply(Staff.of(5));
    long writes = cli.writes();

    CliRunner.Result result = plan(Staff.of(5).withJobTitle(Staff.id(3), "Lead Analyst"));

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(result.out)
        .contains("Plan for 5 employees from")
        .containsPattern("spencer\\s+0\\s+1\\s+4\\s+0\\s+0")
        .containsPattern("pepper\\s+0\\s+1\\s+4\\s+0\\s+0")
        .containsPattern("ortec\\s+E-0003\\s+UPDATE\\s+jobTitle: Analyst -> Lead Analyst");
    assertThat(cli.writes()).isEqualTo(writes);
  }

  @Test
  void printsThePlanAsJson() throws IOException {
    CliRunner.Result result = plan(Staff.of(3), "--format", "json");

    assertThat(result.exitCode).as(result.toString()).isEqualTo(ExitCode.OK);
    JsonNode plan = new ObjectMapper().readTree(result.out);
    assertThat(plan.get("population").asInt()).isEqualTo(3);
    assertThat(plan.at("/summary/springest/CREATE").asInt()).isEqualTo(3);
    assertThat(plan.get("changes")).hasSize(15);
    assertThat(cli.writes()).isZero();
  }

  @Test
  void saysSoWhenNothingWouldChange() {
    cli.apply(Staff.of(3));

    assertThat(plan(Staff.of(3)).out).contains("Nothing to change.");
  }
}
