package io.peoplesync.pepper;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.RetryPolicy;
import java.net.URI;

final class TestClients {
  static final String TOKEN = "tok-Secret-7f3a9c";
  static final String APP_ID = "merchant-42";

  private TestClients() {}

  static PepperClient.Builder builder(WireMockExtension wm) {
    return PepperClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .token(TOKEN)
        .applicationId(APP_ID)
        .retryPolicy(RetryPolicy.none());
  }

  static PepperClient client(WireMockExtension wm) {
    return builder(wm).build();
  }
}
