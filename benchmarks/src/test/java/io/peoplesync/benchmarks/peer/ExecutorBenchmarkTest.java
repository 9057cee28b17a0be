package io.peoplesync.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A smoke run with one short round: both workloads complete on every side (each call checks its own
 * result) and every side is printed. Timings are never asserted.
 */
class ExecutorBenchmarkTest {
  @Test
  void everySideRunsBothWorkloadsAndIsPrinted() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<PeerResult> results;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      results = ExecutorBenchmark.run(1, 1, 0, 5, "", out);
    }
    assertThat(results)
        .extracting(PeerResult::name)
        .containsExactly("Springest save", "Pepper page of 100");
    String text = printed.toString(StandardCharsets.UTF_8);
    for (PeerResult r : results) {
      assertThat(r.baseline()).isEqualTo("JDK default");
      assertThat(r.sides()).isEqualTo(ExecutorBenchmark.SIDES);
      assertThat(r.rounds()).isEqualTo(1);
      for (String side : r.sides()) {
        assertThat(r.wallRatio(side)).as(r.name() + " " + side).isPositive();
        assertThat(text).contains(side);
      }
    }
    assertThat(text).contains("x = median of per-round ratios to JDK default");
  }
}
