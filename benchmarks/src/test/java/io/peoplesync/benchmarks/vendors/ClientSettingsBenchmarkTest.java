package io.peoplesync.benchmarks.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A smoke run: every setting completes a save and a page against the server. Timings unasserted.
 */
class ClientSettingsBenchmarkTest {
  @Test
  void everySettingRunsBothWorkloads() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<VendorBenchmark.Result> results;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      results = ClientSettingsBenchmark.run(1, 1, 5, out);
    }
    assertThat(results.stream().map(VendorBenchmark.Result::name).collect(Collectors.toList()))
        .contains(
            "save: JDK default executor",
            "save: HTTP/1.1 client, inline",
            "page: fixed pool of 2",
            "save x8 threads: JDK default executor",
            "save x16 async: JDK default executor")
        .hasSize(8);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("HttpClient settings");
  }
}
