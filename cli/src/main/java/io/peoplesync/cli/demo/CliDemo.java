package io.peoplesync.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.cli.Cli;
import io.peoplesync.cli.CliContext;
import io.peoplesync.cli.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs the CLI's story in process: start the sandbox, apply a bundled CSV of 25 people, apply it
 * again (no write request at all), apply a job title change (only that field updated), apply two
 * leavers (deactivated, or deleted where the vendor has no deactivation). Prints each step's
 * summary and exits non-zero if any step did not do what it should.
 */
public final class CliDemo {
  private static final String RESOURCES = "/io/peoplesync/cli/demo/";
  private static final List<String> FILES =
      List.of("employees.csv", "employees-changed.csv", "employees-leavers.csv");

  private final PrintWriter out = new PrintWriter(System.out, true);
  private final List<String> problems = new ArrayList<>();
  private final Path dir;
  private final Sandbox sandbox;
  private final Path config;

  private CliDemo(Path dir, Sandbox sandbox) {
    this.dir = dir;
    this.sandbox = sandbox;
    this.config = dir.resolve("sandbox.yaml");
  }

  /** Runs the demo; exits with 1 if any expectation failed. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("peoplesync-demo");
    List<String> problems;
    try (Sandbox sandbox = Sandbox.start()) {
      CliDemo demo = new CliDemo(dir, sandbox);
      demo.run();
      problems = demo.problems;
    } finally {
      deleteRecursively(dir);
    }
    if (!problems.isEmpty()) {
      System.exit(1);
    }
  }

  private void run() {
    sandbox.writeConfig(config);
    FILES.forEach(this::copy);
    out.printf("peoplesync CLI demo: five fake vendors on loopback, config %s%n", config);

    JsonNode first =
        step("1. Apply employees.csv (25 people): everyone is created", "employees.csv");
    expectEvery(first, "created", 25);

    long writes = sandbox.totalWriteRequests();
    JsonNode again = step("2. Apply the same file again: nothing changed", "employees.csv");
    expectEvery(again, "unchanged", 25);
    expect(
        sandbox.totalWriteRequests() == writes,
        "the second apply sent " + (sandbox.totalWriteRequests() - writes) + " write requests");
    out.printf(
        "   write requests sent by the second apply: %d%n", sandbox.totalWriteRequests() - writes);

    JsonNode changed =
        step("3. Apply employees-changed.csv: E-1012's job title changed", "employees-changed.csv");
    expectEvery(changed, "updated", 1);
    for (JsonNode c : changed.get("changes")) {
      if (c.get("kind").asText().equals("UPDATE")) {
        List<String> fields = new ArrayList<>();
        c.get("fields").fieldNames().forEachRemaining(fields::add);
        expect(
            fields.equals(List.of("jobTitle")),
            c.get("target").asText() + " updated " + fields + ", not only jobTitle");
      }
    }

    JsonNode leavers =
        step("4. Apply employees-leavers.csv: E-1016 and E-1022 left", "employees-leavers.csv");
    expectEvery(
        leavers,
        t -> t.get("deactivated").asLong() + t.get("deleted").asLong(),
        2,
        "deactivated + deleted");
    expectEvery(leavers, "unchanged", 23);

    out.println();
    out.println(
        problems.isEmpty()
            ? "Every step did what it should."
            : problems.size() + " expectation(s) failed:");
    problems.forEach(p -> out.println("  - " + p));
  }

  private JsonNode step(String title, String csv) {
    out.printf("%n%s%n%n", title);
    Path report = dir.resolve("report.json");
    CommandLine cli = Cli.commandLine(CliContext.system());
    cli.setOut(out);
    int code =
        cli.execute(
            "apply",
            "--employees",
            dir.resolve(csv).toString(),
            "--config",
            config.toString(),
            "--report",
            report.toString());
    expect(code == 0, title + ": exit code " + code);
    try {
      return new ObjectMapper().readTree(report.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void expectEvery(JsonNode report, String column, long n) {
    expectEvery(report, t -> t.get(column).asLong(), n, column);
  }

  private void expectEvery(JsonNode report, ToLongFunction<JsonNode> count, long n, String what) {
    List<String> names = new ArrayList<>(sandbox.fakes().keySet());
    for (Map.Entry<String, JsonNode> t : report.get("targets").properties()) {
      names.remove(t.getKey());
      long actual = count.applyAsLong(t.getValue());
      expect(actual == n, t.getKey() + ": " + what + " " + actual + ", expected " + n);
    }
    expect(names.isEmpty(), "no summary for " + names);
  }

  private void expect(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private void copy(String name) {
    try (InputStream in = CliDemo.class.getResourceAsStream(RESOURCES + name)) {
      Files.copy(in, dir.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
