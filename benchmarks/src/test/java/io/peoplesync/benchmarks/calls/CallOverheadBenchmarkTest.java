package io.peoplesync.benchmarks.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A smoke run with tiny counts: every variant works end to end. Timings are never asserted. */
class CallOverheadBenchmarkTest {
  @Test
  void everyVariantCompletesItsCallsAndIsPrinted() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Report report;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      report = CallOverheadBenchmark.run(Settings.of(50, 200, 2), out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);

    assertThat(report.rows().stream().map(Row::label).collect(Collectors.toList()))
        .containsExactly(
            "GET hand send",
            "GET sdk execute",
            "GET hand sendAsync.join",
            "GET sdk executeAsync.join",
            "POST hand send",
            "POST sdk execute",
            "POST hand sendAsync.join",
            "POST sdk executeAsync.join");
    for (Row row : report.rows()) {
      assertThat(row.firstError()).as(row.label()).isEmpty();
      assertThat(row.errors()).as(row.label()).isZero();
      assertThat(row.calls()).as(row.label()).isEqualTo(200);
      assertThat(text).containsPattern("(?m)^" + row.method() + " +" + row.variant() + " +200 +0 ");
    }
    assertThat(report.verdict()).startsWith("verdict: ").doesNotContain("INCOMPLETE");
    assertThat(text).contains(report.verdict());
  }

  @Test
  void parsesItsArguments() {
    Settings s = Settings.parse("warmup=10", "--calls=1_000", "rounds=3");
    assertThat(s.warmup()).isEqualTo(10);
    assertThat(s.calls()).isEqualTo(1000);
    assertThat(s.rounds()).isEqualTo(3);
    Settings defaults = Settings.parse();
    assertThat(defaults.warmup()).isEqualTo(3000);
    assertThat(defaults.calls()).isEqualTo(10000);
  }
}
