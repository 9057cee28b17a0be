package io.peoplesync.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A smoke run with one short round: every workload completes through the SDK, by hand and with
 * Retrofit against the server process (each call checks its own result) and is printed with all
 * three sides. Timings are never asserted.
 */
class PeerBenchmarkTest {
  @Test
  void everyWorkloadRunsThreeWaysAndIsPrinted() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<PeerResult> results;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      results = PeerBenchmark.run(1, 1, 0, 5, "", out);
    }
    assertThat(results.stream().map(PeerResult::name).collect(Collectors.toList()))
        .containsExactly(
            "Pepper page of 100", "Springest save", "Publisher XML get", "Spencer get");
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("SDK", "hand", "Retrofit", "s warm-up in 1 rounds, then");
    for (PeerResult r : results) {
      assertThat(r.rounds()).isEqualTo(1);
      assertThat(r.warmupSeconds()).as(r.name()).isPositive();
      assertThat(r.wallRatio("hand")).as(r.name()).isEqualTo(1.0);
      assertThat(r.wallRatio("SDK")).as(r.name()).isPositive();
      assertThat(r.wallRatio("Retrofit")).as(r.name()).isPositive();
      assertThat(text).contains(r.name());
    }
  }

  @Test
  void onlyKeepsTheNamedWorkloadWarmedUpForTheGivenTimeAndAnUnknownNameIsRefused()
      throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<PeerResult> results;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      results = PeerBenchmark.run(1, 1, 1.0, 5, "Springest", out);
      assertThatThrownBy(() -> PeerBenchmark.run(1, 1, 0, 5, "Nobody", out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Nobody");
    }
    assertThat(results).extracting(PeerResult::name).containsExactly("Springest save");
    // Warm-up goes on past the one round asked for until the workload has run for 1 s.
    assertThat(results.get(0).warmupSeconds()).isGreaterThanOrEqualTo(1.0);
    assertThatThrownBy(() -> results.get(0).cpuRatio("okhttp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("okhttp");
  }
}
