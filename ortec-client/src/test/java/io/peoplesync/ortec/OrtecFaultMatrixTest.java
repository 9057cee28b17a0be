package io.peoplesync.ortec;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.FaultMatrix;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrtecFaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(16))
          .build();

  private static final String ONE_OK = "{\"results\":[{\"status\":\"ok\"}]}";

  /**
   * A batch of upserts may be repeated; one holding an insert may not once it may have arrived.
   * Either way every fault ends in a result or a typed exception (a {@link BatchFailedException}).
   */
  @TestFactory
  Stream<DynamicTest> batchesRecoverOrFailTyped() {
    OrtecClient ortec =
        OrtecClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .feed("hr-feed")
            .apiKey("fault-matrix-key")
            .retryPolicy(FaultMatrix.RETRIES)
            .requestTimeout(FaultMatrix.REQUEST_TIMEOUT)
            .build();
    OrtecAccount bob = OrtecAccount.builder().id("bsmith@example.com").firstName("Bob").build();
    FaultMatrix matrix =
        FaultMatrix.of("ortec", wm, () -> {})
            .write(
                "accounts.upsert",
                "/accounts",
                true,
                () -> post(urlPathEqualTo("/accounts")),
                "application/json",
                ONE_OK,
                () -> assertOk(ortec.accounts().upsert(List.of(bob))))
            .write(
                "accounts.submit(insert)",
                "/accounts",
                false,
                () -> post(urlPathEqualTo("/accounts")),
                "application/json",
                ONE_OK,
                () -> assertOk(ortec.accounts().submit(List.of(AccountAction.insert(bob)))));
    assertThat(matrix.size()).isEqualTo(40);
    return matrix.tests();
  }

  private static BatchResult assertOk(BatchResult r) {
    assertThat(r.allSucceeded()).isTrue();
    return r;
  }
}
