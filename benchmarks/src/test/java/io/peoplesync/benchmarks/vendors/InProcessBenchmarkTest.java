package io.peoplesync.benchmarks.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A smoke run of the in-memory benchmark: every workload runs both ways. Timings not asserted. */
class InProcessBenchmarkTest {
  @Test
  void everyWorkloadRunsBothWaysInMemory() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<VendorBenchmark.Result> results;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      results = InProcessBenchmark.run(1, 1, 5, "", out);
    }
    assertThat(results.stream().map(VendorBenchmark.Result::name).collect(Collectors.toList()))
        .hasSize(5);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("in memory").contains("CPU = the calling thread");
    for (VendorBenchmark.Result r : results) {
      assertThat(r.rounds()).isEqualTo(1);
      assertThat(r.allocRatio()).as(r.name()).isPositive();
    }
  }
}
