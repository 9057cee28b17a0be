package io.peoplesync.benchmarks.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A smoke run over a small tenant: both pagers, each in its own 64 MB JVM, see every user (the
 * comparison fails otherwise) and the ratios are printed. Timings are never asserted.
 */
class StreamComparisonTest {
  @Test
  void bothPagersSeeEveryUserInTheirOwnJvms() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Map<String, Double> medians;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      medians = StreamComparison.run(1_050, 1, "64m", out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("result mode=sdk users=1050 ")
        .contains("result mode=hand users=1050 ");
    assertThat(medians).containsKeys("wallMs", "cpuMs", "peakHeapKB", "liveAfterGcKB");
    assertThat(medians.get("peakHeapKB")).isPositive();
  }
}
