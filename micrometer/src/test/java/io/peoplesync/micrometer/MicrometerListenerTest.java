package io.peoplesync.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.testing.RecordingDelayer;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MicrometerListenerTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private FakeVendorClient client() {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .delayer(new RecordingDelayer())
        .listener(MicrometerListener.of(registry))
        .build();
  }

  @Test
  void timesACallOnceWithItsFinalStatusAndCountsItsRetry() {
    wm.stubFor(
        get("/users/ann")
            .inScenario("s")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    wm.stubFor(
        get("/users/ann")
            .inScenario("s")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"external_id\":\"ann\"}")));

    client().get("ann");

    Timer timer =
        registry
            .get(MicrometerListener.REQUESTS)
            .tags(
                "vendor", "fake",
                "endpoint", "fake.users.get",
                "method", "GET",
                "status", "200",
                "outcome", "SUCCESS")
            .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    Counter retries =
        registry
            .get(MicrometerListener.RETRIES)
            .tags("vendor", "fake", "endpoint", "fake.users.get", "reason", "status 503")
            .counter();
    assertThat(retries.count()).isEqualTo(1.0);
  }

  @Test
  void tagsAClientErrorWithItsStatusAndNoRetry() {
    wm.stubFor(get("/users/nobody").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> client().get("nobody")).isInstanceOf(NotFoundException.class);

    assertThat(
            registry
                .get(MicrometerListener.REQUESTS)
                .tags("status", "404", "outcome", "CLIENT_ERROR")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.find(MicrometerListener.RETRIES).counters()).isEmpty();
  }

  @Test
  void tagsACallWithoutResponseAsTransportError() {
    FakeVendorClient client =
        FakeVendorClient.builder()
            .baseUri(URI.create("http://127.0.0.1:1"))
            .retryPolicy(RetryPolicy.none())
            .listener(MicrometerListener.of(registry))
            .build();

    assertThatThrownBy(() -> client.get("ann")).isInstanceOf(ApiTransportException.class);

    assertThat(
            registry
                .get(MicrometerListener.REQUESTS)
                .tags("status", "NONE", "outcome", "TRANSPORT_ERROR")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void tagsNameTheTemplateNeverTheConcreteId() {
    wm.stubFor(get("/users/ann").willReturn(okJson("{\"external_id\":\"ann\"}")));

    client().get("ann");

    String tags =
        registry.getMeters().stream()
            .map(Meter::getId)
            .map(Object::toString)
            .collect(Collectors.joining());
    assertThat(tags).doesNotContain("ann").contains("fake.users.get");
  }
}
