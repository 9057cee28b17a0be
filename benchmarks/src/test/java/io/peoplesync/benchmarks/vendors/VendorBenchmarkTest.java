package io.peoplesync.benchmarks.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A smoke run with one short round: every workload completes through the SDK and by hand (each call
 * checks its own result) and is printed. Timings are never asserted.
 */
class VendorBenchmarkTest {
  @Test
  void everyWorkloadRunsBothWaysAndIsPrinted() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<VendorBenchmark.Result> results;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      results = VendorBenchmark.run(1, 1, 5, out);
    }
    assertThat(results.stream().map(VendorBenchmark.Result::name).collect(Collectors.toList()))
        .containsExactly(
            "Pepper page of 100",
            "Springest save",
            "Publisher XML get",
            "ORTEC batch of 1000",
            "Spencer get");
    String text = printed.toString(StandardCharsets.UTF_8);
    for (VendorBenchmark.Result r : results) {
      assertThat(r.rounds()).isEqualTo(1);
      assertThat(r.wallRatio()).as(r.name()).isPositive();
      assertThat(text).contains(r.name());
    }
  }
}
