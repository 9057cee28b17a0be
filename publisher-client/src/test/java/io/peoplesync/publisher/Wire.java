package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mode;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Shared wire helpers of the Publisher tests: fixtures per format, responses, body patterns. */
final class Wire {
  static final String TOKEN = "test-token-7f3a";
  static final String CONTEXT = "/acme";

  /** The user of the add-request fixtures. */
  static final PublisherUser GRACE =
      PublisherUser.builder()
          .name(PersonName.builder().firstName("Grace").lastName("Hopper").title("Dr").build())
          .externalId("HR-1906")
          .email("grace.hopper@example.com")
          .phone("442070000001")
          .jobTitle("Principal Engineer")
          .mobile("447700900001")
          .department("Engineering")
          .status(UserStatus.ACTIVE)
          .organisation(
              Organisation.builder().orgName("Example Ltd").orgId("42").orgAddressId("7").build())
          .location(
              Location.builder()
                  .addressLine1("1 Harbour Road")
                  .addressLine2("Floor 3")
                  .city("Leeds")
                  .country("United Kingdom")
                  .postCode("LS1 4AB")
                  .build())
          .img("https://cdn.example.com/people/grace.png")
          .addSocialLink(Link.of("LinkedIn", "https://www.linkedin.com/in/grace"))
          .addCustomLink(Link.of("Blog", "https://grace.example.com"))
          .addCustomLink(Link.of("Wiki", "https://wiki.example.com/grace"))
          .addMessagingLink(Link.of("Teams", "grace.hopper"))
          .secretaryName("Ada Byron")
          .secretaryMail("ada.byron@example.com")
          .bio("Builds compilers")
          .sourceType("AD")
          .specialities("cobol,compilers")
          .build();

  private Wire() {}

  static PublisherClient.Builder builder(WireMockExtension wm, MediaFormat format) {
    return PublisherClient.builder()
        .baseUri(URI.create(wm.baseUrl() + CONTEXT))
        .format(format)
        .retryPolicy(RetryPolicy.none());
  }

  static PublisherClient client(WireMockExtension wm, MediaFormat format) {
    return builder(wm, format).bearerToken(TOKEN).build();
  }

  static String path(String apiPath) {
    return CONTEXT + apiPath;
  }

  static String fixture(String name, MediaFormat format) {
    return Fixtures.read(Wire.class, name + "." + ext(format));
  }

  static String ext(MediaFormat format) {
    return format == MediaFormat.JSON ? "json" : "xml";
  }

  static String contentType(MediaFormat format) {
    return format.mimeType() + "; charset=UTF-8";
  }

  static ResponseDefinitionBuilder respond(int status, MediaFormat format, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", format.mimeType())
        .withBody(body);
  }

  static ResponseDefinitionBuilder ok(String fixture, MediaFormat format) {
    return respond(200, format, fixture(fixture, format));
  }

  static StringValuePattern sameBody(String fixture, MediaFormat format) {
    String expected = fixture(fixture, format);
    return format == MediaFormat.JSON ? equalToJson(expected) : equalToXml(expected);
  }

  static Stream<Arguments> formatsAndModes() {
    return Stream.of(MediaFormat.values())
        .flatMap(f -> Stream.of(Mode.values()).map(m -> Arguments.of(f, m)));
  }
}
