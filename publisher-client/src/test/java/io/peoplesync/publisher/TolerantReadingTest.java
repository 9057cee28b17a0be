package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.publisher.Wire.ok;
import static io.peoplesync.publisher.Wire.path;
import static io.peoplesync.publisher.Wire.respond;
import static io.peoplesync.publisher.Wire.sameBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.MediaFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TolerantReadingTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private PublisherUser read(String fixture, MediaFormat format) {
    wm.stubFor(get(path("/api/2/users/3")).willReturn(ok(fixture, format)));
    return Wire.client(wm, format).users().get("3");
  }

  static Stream<Arguments> spellingsAndFormats() {
    return Stream.of("variants/json-names", "variants/xml-names")
        .flatMap(v -> Stream.of(MediaFormat.values()).map(f -> Arguments.of(v, f)));
  }

  @ParameterizedTest
  @MethodSource("spellingsAndFormats")
  void readsEitherSpellingOfIdPostCodeAndLinkListsAndIdsAsNumberOrString(
      String fixture, MediaFormat format) {
    PublisherUser user = read(fixture, format);

    assertThat(user.id()).contains("3");
    assertThat(user.location().flatMap(Location::postCode)).contains("LS1 4AB");
    assertThat(user.customLinks()).containsExactly(Link.of("Blog", "https://grace.example.com"));
    assertThat(user.messagingLinks()).containsExactly(Link.of("Teams", "grace.hopper"));
    assertThat(user.organisation().flatMap(Organisation::orgId)).contains("75");
    assertThat(user.organisation().flatMap(Organisation::orgAddressId)).contains("98");
    assertThat(user.status()).contains(UserStatus.ACTIVE);
    assertThat(user.extras()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsASingleLinkObject(MediaFormat format) {
    assertThat(read("variants/links-single", format).socialLinks())
        .containsExactly(Link.of("LinkedIn", "https://www.linkedin.com/in/grace"));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsAnArrayOfLinks(MediaFormat format) {
    assertThat(read("variants/links-many", format).socialLinks())
        .containsExactly(
            Link.of("LinkedIn", "https://www.linkedin.com/in/grace"),
            Link.of("Mastodon", "https://mastodon.example/@grace"));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsEmptyElementsAsAbsent(MediaFormat format) {
    PublisherUser user = read("variants/empty-elements", format);

    assertThat(user.id()).isEmpty();
    assertThat(user.name()).isEqualTo(PersonName.builder().firstName("Grace").build());
    assertThat(user.phone()).isEmpty();
    assertThat(user.statusText()).isEmpty();
    assertThat(user.status()).isEmpty();
    assertThat(user.organisation()).isEmpty();
    assertThat(user.location()).contains(Location.builder().build());
    assertThat(user.socialLinks()).isEmpty();
    assertThat(user.customLinks()).isEmpty();
    assertThat(user.messagingLinks()).isEmpty();
    assertThat(user.extras()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void keepsUnknownElementsAndSendsBackOnlyWhatPublisherTakesOnUpdate(MediaFormat format) {
    PublisherUser user = read("variants/unknown-elements", format);
    wm.stubFor(put(path("/api/2/users/3")).willReturn(ok("users/summary-200", format)));

    assertThat(user.extras())
        .containsEntry("userlink", "https://acme.example.com/acme/api/2/user/3")
        .containsEntry("address", Map.of("addressid", "1"))
        .containsEntry("lastlogin", "01 Jan 2024 09:30");
    assertThat(user.status()).contains(UserStatus.PENDING);
    assertThat(user.name().extras()).containsEntry("middlename", "Brewster");
    assertThat(user.location().orElseThrow().extras()).containsEntry("region", "Yorkshire");

    Wire.client(wm, format).users().update("3", user);

    wm.verify(
        putRequestedFor(urlEqualTo(path("/api/2/users/3")))
            .withRequestBody(sameBody("variants/unknown-elements-update", format)));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
            Arguments.of("active", UserStatus.ACTIVE),
            Arguments.of("Active", UserStatus.ACTIVE),
            Arguments.of("ACTIVE", UserStatus.ACTIVE),
            Arguments.of("Inactive", UserStatus.INACTIVE),
            Arguments.of("archive", UserStatus.ARCHIVED),
            Arguments.of("Archived", UserStatus.ARCHIVED),
            Arguments.of("disable", UserStatus.DISABLED),
            Arguments.of("Suspended", UserStatus.SUSPENDED),
            Arguments.of("PENDING", UserStatus.PENDING),
            Arguments.of("Retired", UserStatus.UNKNOWN))
        .flatMap(
            a -> Stream.of(MediaFormat.values()).map(f -> Arguments.of(a.get()[0], a.get()[1], f)));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void readsStatusInAnyCaseAndKeepsTheTextAsSent(
      String text, UserStatus expected, MediaFormat format) {
    String body =
        format == MediaFormat.JSON
            ? "{\"user\":{\"name\":{\"firstname\":\"Grace\"},"
                + "\"email\":\"grace.hopper@example.com\",\"status\":\""
                + text
                + "\"}}"
            : "<user><name><firstname>Grace</firstname></name>"
                + "<email>grace.hopper@example.com</email><status>"
                + text
                + "</status></user>";
    wm.stubFor(get(path("/api/2/users/3")).willReturn(respond(200, format, body)));

    PublisherUser user = Wire.client(wm, format).users().get("3");

    assertThat(user.status()).contains(expected);
    assertThat(user.statusText()).contains(text);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsAListWithASingleUserObject(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users?offset=0&limit=200")).willReturn(ok("users/list-single", format)));
    wm.stubFor(
        get(path("/api/2/users?offset=1&limit=200")).willReturn(ok("users/list-empty", format)));

    List<UserSummary> users =
        Wire.client(wm, format).users().list(UserListQuery.all()).stream()
            .collect(Collectors.toList());

    assertThat(users).hasSize(1);
    assertThat(users.get(0).id()).contains("3");
    assertThat(users.get(0).status()).contains(UserStatus.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsAListWithAnArrayOfUsersWithSummaryFields(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users?offset=0&limit=200")).willReturn(ok("users/list-many", format)));
    wm.stubFor(
        get(path("/api/2/users?offset=2&limit=200")).willReturn(ok("users/list-empty", format)));

    List<UserSummary> users =
        Wire.client(wm, format).users().list(UserListQuery.all()).stream()
            .collect(Collectors.toList());

    assertThat(users)
        .containsExactly(
            UserSummary.builder()
                .id("3")
                .email("grace.hopper@example.com")
                .statusText("Active")
                .name(PersonName.builder().firstName("Grace").lastName("Hopper").build())
                .organisation(Organisation.builder().orgName("Example Ltd").build())
                .location(Location.builder().city("Leeds").build())
                .build(),
            UserSummary.builder()
                .id("4")
                .email("ada.byron@example.com")
                .statusText("suspended")
                .invited("02 Jan 2024 09:30")
                .lastLogin("03 Feb 2024 17:05")
                .role("Member")
                .build());
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsAnEmptyListAsNoUsers(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users?offset=0&limit=200")).willReturn(ok("users/list-empty", format)));

    assertThat(Wire.client(wm, format).users().list(UserListQuery.all())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsAStoredUserThatBreaksTheInputRulesButRefusesToSendItBack(MediaFormat format) {
    String body =
        format == MediaFormat.JSON
            ? "{\"user\":{\"id\":3,\"name\":{\"firstname\":\"Grace\"},\"email\":\"not-an-address\"}}"
            : "<user><id>3</id><name><firstname>Grace</firstname></name><email>not-an-address</email></user>";
    wm.stubFor(get(path("/api/2/users/3")).willReturn(respond(200, format, body)));
    PublisherClient client = Wire.client(wm, format);

    PublisherUser stored = client.users().get("3");

    assertThat(stored.email()).isEqualTo("not-an-address");
    assertThatThrownBy(() -> client.users().update("3", stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email must be an e-mail address like name@example.com");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
