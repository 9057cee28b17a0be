package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.publisher.Wire.ok;
import static io.peoplesync.publisher.Wire.path;
import static io.peoplesync.publisher.Wire.respond;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A listing against a server that caps the page size; get → change → update and add round trips
 * with read-only statuses and server fields; stored values that break the send rules.
 */
class RoundTripTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static String users(MediaFormat format, int from, int to) {
    return format == MediaFormat.JSON
        ? IntStream.rangeClosed(from, to)
            .mapToObj(i -> "{\"id\":" + i + ",\"email\":\"u" + i + "@example.com\"}")
            .collect(Collectors.joining(",", "{\"users\":{\"user\":[", "]}}"))
        : IntStream.rangeClosed(from, to)
            .mapToObj(i -> "<user><userid>" + i + "</userid></user>")
            .collect(Collectors.joining("", "<users>", "</users>"));
  }

  /** One user as a get answers it, in {@code format}, with the given status and extra elements. */
  private static String stored(MediaFormat format, String status, String firstName, String dept) {
    return format == MediaFormat.JSON
        ? "{\"user\":{\"id\":3,\"name\":{\"firstname\":\""
            + firstName
            + "\"},\"email\":\"grace@example.com\",\"department\":\""
            + dept
            + "\",\"status\":\""
            + status
            + "\",\"userlink\":\"https://acme.example.com/acme/api/2/user/3\","
            + "\"lastlogin\":\"01 Jan 2024 09:30\",\"createddate\":\"01 Jan 2020 10:00\","
            + "\"langcode\":\"en\"}}"
        : "<users><user><userid>3</userid><name><firstname>"
            + firstName
            + "</firstname><goesby/></name><email>grace@example.com</email><department>"
            + dept
            + "</department><status>"
            + status
            + "</status><userlink>https://acme.example.com/acme/api/2/user/3</userlink>"
            + "<lastlogin>01 Jan 2024 09:30</lastlogin><createddate>01 Jan 2020 10:00</createddate>"
            + "<langcode>en</langcode></user></users>";
  }

  private static StringValuePattern written(MediaFormat format, String status) {
    if (format == MediaFormat.JSON) {
      return equalToJson(
          "{\"user\":{\"id\":3,\"name\":{\"firstname\":\"Grace\"},\"email\":\"grace@example.com\","
              + "\"jobtitle\":\"CTO\",\"department\":\"Ops\""
              + (status == null ? "" : ",\"status\":\"" + status + "\"")
              + ",\"langcode\":\"en\"}}");
    }
    return equalToXml(
        "<user><id>3</id><name><firstname>Grace</firstname></name><email>grace@example.com</email>"
            + "<jobtitle>CTO</jobtitle><department>Ops</department>"
            + (status == null ? "" : "<status>" + status + "</status>")
            + "<langcode>en</langcode></user>");
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void listsEveryUserWhenPublisherCapsThePageBelowTheLimitAskedFor(MediaFormat format, Mode mode) {
    String base = "/api/2/users?offset=%d&limit=500";
    wm.stubFor(
        get(path(String.format(base, 0))).willReturn(respond(200, format, users(format, 1, 200))));
    wm.stubFor(
        get(path(String.format(base, 200)))
            .willReturn(respond(200, format, users(format, 201, 400))));
    wm.stubFor(
        get(path(String.format(base, 400)))
            .willReturn(respond(200, format, users(format, 401, 450))));
    wm.stubFor(get(path(String.format(base, 450))).willReturn(ok("users/list-empty", format)));
    UsersApi api = Wire.client(wm, format).users();
    UserListQuery query = UserListQuery.builder().limit(500).build();

    List<String> ids =
        mode.call(() -> api.list(query), () -> api.listAsync(query)).stream()
            .map(u -> u.id().orElseThrow())
            .collect(Collectors.toList());

    assertThat(ids)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 450).mapToObj(Integer::toString).collect(Collectors.toList()));
    assertThat(wm.findAll(getRequestedFor(anyUrl()))).hasSize(4);
  }

  static Stream<Arguments> statusesAsRead() {
    return Stream.of(
            Arguments.of("Active", "active"),
            Arguments.of("inactive", "inactive"),
            Arguments.of("Disabled", "inactive"),
            Arguments.of("disable", "inactive"),
            Arguments.of("Pending", null),
            Arguments.of("Archived", null),
            Arguments.of("archive", null),
            Arguments.of("Suspended", null),
            Arguments.of("Retired", null))
        .flatMap(
            a -> Stream.of(MediaFormat.values()).map(f -> Arguments.of(f, a.get()[0], a.get()[1])));
  }

  @ParameterizedTest
  @MethodSource("statusesAsRead")
  void writesBackAUserReadInAnyStatusWithAWritableStatusAndNoServerFields(
      MediaFormat format, String read, String sent) {
    wm.stubFor(
        get(path("/api/2/users/3"))
            .willReturn(respond(200, format, stored(format, read, "Grace", "Eng"))));
    wm.stubFor(put(path("/api/2/users/3")).willReturn(ok("users/summary-200", format)));
    UsersApi api = Wire.client(wm, format).users();

    PublisherUser user = api.get("3");
    api.update("3", PublisherUser.builder().from(user).jobTitle("CTO").department("Ops").build());

    assertThat(user.statusText()).contains(read);
    assertThat(user.extras()).containsKeys("userlink", "lastlogin", "createddate", "langcode");
    wm.verify(
        putRequestedFor(urlEqualTo(path("/api/2/users/3"))).withRequestBody(written(format, sent)));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void addsACopyOfAReadUserWithoutItsIdOrServerFields(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users/3"))
            .willReturn(respond(200, format, stored(format, "Archived", "Grace", "Ops"))));
    wm.stubFor(post(path("/api/2/users")).willReturn(ok("users/summary-200", format)));
    UsersApi api = Wire.client(wm, format).users();

    api.add(PublisherUser.builder().from(api.get("3")).jobTitle("CTO").build());

    String body =
        format == MediaFormat.JSON
            ? "{\"user\":{\"name\":{\"firstname\":\"Grace\"},\"email\":\"grace@example.com\","
                + "\"jobtitle\":\"CTO\",\"department\":\"Ops\",\"langcode\":\"en\"}}"
            : "<user><name><firstname>Grace</firstname></name><email>grace@example.com</email>"
                + "<jobtitle>CTO</jobtitle><department>Ops</department><langcode>en</langcode></user>";
    wm.verify(
        postRequestedFor(urlEqualTo(path("/api/2/users")))
            .withRequestBody(format == MediaFormat.JSON ? equalToJson(body) : equalToXml(body)));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsStoredValuesThatBreakTheSendRulesFromGetAndList(MediaFormat format) {
    String longName = "n".repeat(150);
    String longDept = "d".repeat(300);
    wm.stubFor(
        get(path("/api/2/users/3"))
            .willReturn(respond(200, format, stored(format, "Active", longName, longDept))));
    String list =
        format == MediaFormat.JSON
            ? "{\"users\":{\"user\":[{\"id\":4,\"name\":{\"firstname\":\""
                + longName
                + "\"},\"email\":\"nope\",\"department\":\""
                + longDept
                + "\"},{\"id\":5,\"email\":\"\"}]}}"
            : "<users><user><userid>4</userid><name><firstname>"
                + longName
                + "</firstname></name><email>nope</email><department>"
                + longDept
                + "</department></user><user><userid>5</userid><email/></user></users>";
    wm.stubFor(get(path("/api/2/users?offset=0&limit=200")).willReturn(respond(200, format, list)));
    wm.stubFor(
        get(path("/api/2/users?offset=2&limit=200")).willReturn(ok("users/list-empty", format)));
    UsersApi api = Wire.client(wm, format).users();

    PublisherUser user = api.get("3");
    List<UserSummary> listed = api.list(UserListQuery.all()).stream().collect(Collectors.toList());

    assertThat(user.name().firstName()).contains(longName);
    assertThat(user.department()).contains(longDept);
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0).name().flatMap(PersonName::firstName)).contains(longName);
    assertThat(listed.get(0).email()).contains("nope");
    assertThat(listed.get(1).email()).isEmpty();
  }
}
