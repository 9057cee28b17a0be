package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import io.peoplesync.core.testing.Mode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecompressionTest {
  private static final String BODY = "{\"external_id\":\"e\",\"first_name\":\"Compressed\"}";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().gzipDisabled(true))
          .failOnUnmatchedRequests(true)
          .build();

  private FakeVendorClient client() {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static void stubEncoded(int status, String encoding, byte[] body) {
    wm.stubFor(
        get("/users/e")
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Content-Encoding", encoding)
                    .withBody(body)));
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] deflate(String s, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d =
        new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      d.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void decodesGzipBodies(Mode mode) throws IOException {
    stubEncoded(200, "gzip", gzip(BODY));
    FakeVendorClient c = client();

    assertThat(mode.call(() -> c.get("e"), () -> c.getAsync("e")).firstName())
        .contains("Compressed");
  }

  @Test
  void decodesZlibDeflateBodies() throws IOException {
    stubEncoded(200, "deflate", deflate(BODY, false));

    assertThat(client().get("e").firstName()).contains("Compressed");
  }

  @Test
  void decodesRawDeflateBodies() throws IOException {
    stubEncoded(200, "deflate", deflate(BODY, true));

    assertThat(client().get("e").firstName()).contains("Compressed");
  }

  @Test
  void decodesCompressedErrorBodies() throws IOException {
    stubEncoded(400, "gzip", gzip("{\"code\":\"Z\"}"));

    assertThatThrownBy(() -> client().get("e"))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.vendorCode()).contains("Z"));
  }

  @Test
  void corruptGzipIsASerializationError() {
    wm.stubFor(
        get("/users/e")
            .willReturn(
                aResponse().withHeader("Content-Encoding", "gzip").withBody("not gzip at all")));

    assertThatThrownBy(() -> client().get("e"))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageContaining("gzip");
  }
}
