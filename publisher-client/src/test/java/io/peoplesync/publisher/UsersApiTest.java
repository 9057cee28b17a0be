package io.peoplesync.publisher;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.publisher.Wire.GRACE;
import static io.peoplesync.publisher.Wire.ok;
import static io.peoplesync.publisher.Wire.path;
import static io.peoplesync.publisher.Wire.sameBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UsersApiTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void addsUserAndReturnsItsSummary(MediaFormat format, Mode mode) {
    wm.stubFor(post(path("/api/2/users")).willReturn(ok("users/summary-200", format)));
    UsersApi users = Wire.client(wm, format).users();

    UserSummary summary = mode.call(() -> users.add(GRACE), () -> users.addAsync(GRACE));

    assertThat(summary.id()).contains("3");
    assertThat(summary.email()).contains("grace.hopper@example.com");
    assertThat(summary.link()).contains("https://acme.example.com/acme/api/2/user/3");
    wm.verify(
        postRequestedFor(urlEqualTo(path("/api/2/users")))
            .withHeader("Authorization", equalTo("Bearer " + Wire.TOKEN))
            .withHeader("Content-Type", equalTo(Wire.contentType(format)))
            .withHeader("Accept", equalTo(format.mimeType()))
            .withRequestBody(sameBody("users/add-request", format)));
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void getsUserByIdWithTheFullModel(MediaFormat format, Mode mode) {
    wm.stubFor(get(path("/api/2/users/3")).willReturn(ok("users/get-200", format)));
    UsersApi users = Wire.client(wm, format).users();

    PublisherUser user = mode.call(() -> users.get("3"), () -> users.getAsync("3"));

    PublisherUser expected =
        PublisherUser.builder()
            .from(GRACE)
            .id("3")
            .name(PersonName.builder().from(GRACE.name()).goesBy("Amazing Grace").build())
            .statusText(format == MediaFormat.JSON ? "active" : "Active")
            .build();
    assertThat(user).isEqualTo(expected);
    assertThat(user.status()).contains(UserStatus.ACTIVE);
    wm.verify(
        getRequestedFor(urlEqualTo(path("/api/2/users/3")))
            .withHeader("Authorization", equalTo("Bearer " + Wire.TOKEN))
            .withHeader("Accept", equalTo(format.mimeType())));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void getsUserByEmailEncodedAsOnePathSegment(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users/grace.hopper%40example.com"))
            .willReturn(ok("users/get-200", format)));

    PublisherUser user = Wire.client(wm, format).users().get("grace.hopper@example.com");

    assertThat(user.id()).contains("3");
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void updatesUserAsAFullReplaceCarryingTheIdInTheBody(MediaFormat format, Mode mode) {
    wm.stubFor(put(path("/api/2/users/3")).willReturn(ok("users/summary-200", format)));
    UsersApi users = Wire.client(wm, format).users();
    PublisherUser changed =
        PublisherUser.builder().from(GRACE).jobTitle("Distinguished Engineer").build();

    UserSummary summary =
        mode.call(() -> users.update("3", changed), () -> users.updateAsync("3", changed));

    assertThat(summary.id()).contains("3");
    wm.verify(
        putRequestedFor(urlEqualTo(path("/api/2/users/3")))
            .withHeader("Content-Type", equalTo(Wire.contentType(format)))
            .withHeader("Accept", equalTo(format.mimeType()))
            .withRequestBody(sameBody("users/update-request", format)));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void updatesByEmailSendingTheUsersOwnId(MediaFormat format) {
    wm.stubFor(
        put(path("/api/2/users/grace.hopper%40example.com"))
            .willReturn(ok("users/summary-200", format)));
    PublisherUser changed =
        PublisherUser.builder().from(GRACE).id("3").jobTitle("Distinguished Engineer").build();

    Wire.client(wm, format).users().update("grace.hopper@example.com", changed);

    wm.verify(
        putRequestedFor(urlEqualTo(path("/api/2/users/grace.hopper%40example.com")))
            .withRequestBody(sameBody("users/update-request", format)));
  }

  @Test
  void refusesAnUpdateWhoseIdDiffersFromThePathBeforeSending() {
    PublisherUser other = PublisherUser.builder().from(GRACE).id("4").build();
    UsersApi users = Wire.client(wm, MediaFormat.JSON).users();

    assertThatThrownBy(() -> users.update("3", other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must match idOrEmail");
    assertThatThrownBy(() -> users.updateAsync("3", other))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesAnUpdateByEmailOfAUserWithoutIdBeforeSending() {
    UsersApi users = Wire.client(wm, MediaFormat.XML).users();

    assertThatThrownBy(() -> users.update("grace.hopper@example.com", GRACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id is required in the user when updating by e-mail");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.peoplesync.publisher.Wire#formatsAndModes")
  void archivesUserThroughApiVersionThree(MediaFormat format, Mode mode) {
    wm.stubFor(delete(path("/api/3/users/3")).willReturn(ok("users/summary-200", format)));
    UsersApi users = Wire.client(wm, format).users();

    UserSummary summary = mode.call(() -> users.archive("3"), () -> users.archiveAsync("3"));

    assertThat(summary.id()).contains("3");
    wm.verify(
        deleteRequestedFor(urlEqualTo(path("/api/3/users/3")))
            .withHeader("Authorization", equalTo("Bearer " + Wire.TOKEN))
            .withHeader("Accept", equalTo(format.mimeType())));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void listsWithEveryDocumentedFilter(MediaFormat format) {
    String url =
        path(
            "/api/2/users?organisations=Example%20Ltd,42&organisationgroups=Partners"
                + "&usergroups=Admins,Editors&departments=Engineering&locations=Leeds"
                + "&search=hopper&status=active&sort=%2Blastname&fields=all"
                + "&createddate=lastmonth&modifieddate=20240101,20240131&offset=0&limit=50");
    wm.stubFor(get(urlEqualTo(url)).willReturn(ok("users/list-single", format)));
    wm.stubFor(
        get(urlEqualTo(url.replace("offset=0&", "offset=1&")))
            .willReturn(ok("users/list-empty", format)));
    UserListQuery query =
        UserListQuery.builder()
            .addOrganisation("Example Ltd")
            .addOrganisation("42")
            .addOrganisationGroup("Partners")
            .addUserGroup("Admins")
            .addUserGroup("Editors")
            .addDepartment("Engineering")
            .addLocation("Leeds")
            .search("hopper")
            .status(UserStatus.ACTIVE)
            .sort("+lastname")
            .addField("all")
            .createdDate(DateFilter.lastMonth())
            .modifiedDate(DateFilter.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
            .limit(50)
            .build();

    assertThat(Wire.client(wm, format).users().list(query)).hasSize(1);

    wm.verify(getRequestedFor(urlEqualTo(url)).withHeader("Accept", equalTo(format.mimeType())));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void listsWithPublishersDefaultPageSize(MediaFormat format) {
    wm.stubFor(
        get(path("/api/2/users?offset=0&limit=200")).willReturn(ok("users/list-many", format)));
    wm.stubFor(
        get(path("/api/2/users?offset=2&limit=200")).willReturn(ok("users/list-empty", format)));

    assertThat(Wire.client(wm, format).users().list(UserListQuery.all()).stream())
        .extracting(s -> s.id().orElseThrow())
        .containsExactly("3", "4");
  }

  @Test
  void rejectsMissingInputsNamingThemBeforeSending() {
    UsersApi users = Wire.client(wm, MediaFormat.JSON).users();

    assertThatThrownBy(() -> users.add(null)).hasMessage("user == null");
    assertThatThrownBy(() -> users.addAsync(null)).hasMessage("user == null");
    assertThatThrownBy(() -> users.get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idOrEmail");
    assertThatThrownBy(() -> users.update("", GRACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idOrEmail must not be blank");
    assertThatThrownBy(() -> users.archiveAsync(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
