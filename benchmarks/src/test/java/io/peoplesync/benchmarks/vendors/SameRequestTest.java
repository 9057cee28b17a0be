package io.peoplesync.benchmarks.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every ratio compares the same call: for each workload the SDK and the hand-written side put the
 * same request on the wire — method, URI (path and query), body, and every header the hand-written
 * side sends, with the same value. The SDK may add only {@code User-Agent} and {@code
 * Accept-Encoding}.
 */
class SameRequestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bothSidesOfEveryWorkloadSendTheSameRequest() throws Exception {
    for (Workload w : Workloads.all(URI.create("http://127.0.0.1:9"), null)) {
      CannedHttpClient sdkClient = new CannedHttpClient(true);
      CannedHttpClient handClient = new CannedHttpClient(true);
      runOnce(w.name, sdkClient, true);
      runOnce(w.name, handClient, false);
      assertThat(sdkClient.sent()).as(w.name).hasSize(1);
      assertThat(handClient.sent()).as(w.name).hasSize(1);
      CannedHttpClient.Sent sdk = sdkClient.sent().get(0);
      CannedHttpClient.Sent hand = handClient.sent().get(0);
      assertThat(sdk.request.method()).as(w.name).isEqualTo(hand.request.method());
      assertThat(sdk.request.uri()).as(w.name).isEqualTo(hand.request.uri());
      if (w.name.startsWith("Springest")) {
        assertThat(new String(sdk.body, StandardCharsets.UTF_8))
            .as(w.name)
            .isEqualTo(new String(hand.body, StandardCharsets.UTF_8));
      } else if (hand.body.length > 0) {
        assertThat(JSON.readTree(sdk.body)).as(w.name).isEqualTo(JSON.readTree(hand.body));
      } else {
        assertThat(sdk.body).as(w.name).isEmpty();
      }
      Map<String, List<String>> sdkHeaders = sdk.request.headers().map();
      for (Map.Entry<String, List<String>> h : hand.request.headers().map().entrySet()) {
        assertThat(sdkHeaders.get(h.getKey()))
            .as(w.name + " " + h.getKey())
            .isEqualTo(h.getValue());
      }
      for (String name : sdkHeaders.keySet()) {
        if (!hand.request.headers().map().containsKey(name)) {
          assertThat(name.toLowerCase(Locale.ROOT))
              .as(w.name)
              .isIn("user-agent", "accept-encoding");
        }
      }
      assertThat(sdk.request.timeout()).as(w.name).isEqualTo(hand.request.timeout());
    }
  }

  private static void runOnce(String name, CannedHttpClient client, boolean sdk) throws Exception {
    for (Workload w : Workloads.all(URI.create("http://127.0.0.1:9"), client)) {
      if (w.name.equals(name)) {
        (sdk ? w.sdk : w.hand).run();
      }
    }
  }
}
