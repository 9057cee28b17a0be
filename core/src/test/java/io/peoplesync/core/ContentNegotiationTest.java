package io.peoplesync.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.fakevendor.FakeUser;
import io.peoplesync.core.fakevendor.FakeVendorClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContentNegotiationTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private FakeVendorClient client(MediaFormat format) {
    return FakeVendorClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .retryPolicy(RetryPolicy.none())
        .format(format)
        .build();
  }

  @Test
  void xmlClientWritesXmlWithRootAndReadsItBack() {
    wm.stubFor(
        post("/users")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/xml")
                    .withBody(
                        "<user><external_id>e-1</external_id><first_name>Zoë</first_name><email>z@x.io</email></user>")));

    FakeUser back =
        client(MediaFormat.XML)
            .create(FakeUser.builder().externalId("e-1").firstName("Zoë").email("z@x.io").build());

    assertThat(back)
        .isEqualTo(FakeUser.builder().externalId("e-1").firstName("Zoë").email("z@x.io").build());
    wm.verify(
        postRequestedFor(urlEqualTo("/users"))
            .withHeader("Content-Type", equalTo("application/xml; charset=UTF-8"))
            .withHeader("Accept", equalTo("application/xml"))
            .withRequestBody(
                equalToXml(
                    "<user><external_id>e-1</external_id><first_name>Zoë</first_name><email>z@x.io</email></user>")));
  }

  @Test
  void decodesByTheActualContentTypeNotTheClientFormat() {
    wm.stubFor(
        get("/users/e")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"external_id\":\"e\"}")));

    assertThat(client(MediaFormat.XML).get("e").externalId()).isEqualTo("e");
  }

  @Test
  void parsesAJsonErrorOnAnXmlClient() {
    wm.stubFor(
        get("/users/e")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"E1\",\"message\":\"bad\",\"errors\":{\"email\":[\"is invalid\"]}}")));

    assertThatThrownBy(() -> client(MediaFormat.XML).get("e"))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.vendorCode()).contains("E1");
              assertThat(e.fieldErrors()).containsEntry("email", java.util.List.of("is invalid"));
            });
  }

  @Test
  void parsesAnXmlErrorBodyIntoTheSameTree() {
    wm.stubFor(
        get("/users/e")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "text/xml")
                    .withBody("<error><code>DUP</code><message>exists</message></error>")));

    assertThatThrownBy(() -> client(MediaFormat.JSON).get("e"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.vendorCode()).contains("DUP");
              assertThat(e.vendorMessage()).contains("exists");
            });
  }

  @Test
  void respectsTheDeclaredCharset() {
    byte[] latin1 =
        "{\"external_id\":\"e\",\"first_name\":\"Jürgen\"}".getBytes(StandardCharsets.ISO_8859_1);
    wm.stubFor(
        get("/users/e")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
                    .withBody(latin1)));

    assertThat(client(MediaFormat.JSON).get("e").firstName()).contains("Jürgen");
  }

  @Test
  void sniffsTheFormatWhenTheContentTypeSaysNothing() {
    wm.stubFor(
        get("/users/j")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/plain")
                    .withBody("{\"external_id\":\"j\"}")));
    wm.stubFor(
        get("/users/x")
            .willReturn(aResponse().withBody("<user><external_id>x</external_id></user>")));

    assertThat(client(MediaFormat.XML).get("j").externalId()).isEqualTo("j");
    assertThat(client(MediaFormat.JSON).get("x").externalId()).isEqualTo("x");
  }

  @Test
  void rejectsXxePayloads() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE user [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<user><external_id>&xxe;</external_id></user>";
    wm.stubFor(
        get("/users/e")
            .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(xxe)));

    assertThatThrownBy(() -> client(MediaFormat.XML).get("e"))
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void rejectsEntityExpansion() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
            + "<user><external_id>&lol2;</external_id></user>";
    wm.stubFor(
        get("/users/e")
            .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(bomb)));

    assertThatThrownBy(() -> client(MediaFormat.XML).get("e"))
        .isInstanceOf(ApiSerializationException.class);
  }

  @Test
  void parsesMediaTypesLeniently() {
    assertThat(MediaType.parse("application/hal+json; charset=\"utf-8\"").format())
        .contains(MediaFormat.JSON);
    assertThat(MediaType.parse("application/atom+xml").format()).contains(MediaFormat.XML);
    assertThat(MediaType.parse("text/html; charset=nonsense").charset())
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(MediaType.parse(null).format()).isEmpty();
    assertThat(MediaType.parse("text/plain; charset=ISO-8859-1").toString())
        .isEqualTo("text/plain; charset=ISO-8859-1");
  }
}
