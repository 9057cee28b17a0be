package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.Fixtures;
import java.net.URI;

/** Shared set-up of the Spencer wire tests. */
final class SpencerFixtures {
  static final String TOKEN = "static-token-9c1e77aa";
  static final String API = "/agent/integration/api/v1";

  private SpencerFixtures() {}

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().containerThreads(32))
        .failOnUnmatchedRequests(true)
        .build();
  }

  /** Returns a client on WireMock with a static token and no retries. */
  static SpencerClient client(WireMockExtension wm) {
    return SpencerClient.builder()
        .baseUri(URI.create(wm.baseUrl() + API))
        .accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  static String fixture(String path) {
    return Fixtures.read(SpencerFixtures.class, path);
  }
}
