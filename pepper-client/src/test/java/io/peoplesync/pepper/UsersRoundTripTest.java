package io.peoplesync.pepper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Listings against a server that caps the page size, and read → change → update round trips. */
class UsersRoundTripTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final PepperClient pepper = TestClients.client(wm);

  private static String users(String cursor, Integer reportedLimit, int from, int to) {
    String items =
        IntStream.rangeClosed(from, to)
            .mapToObj(i -> "{\"_id\":\"u" + i + "\",\"id\":\"u" + i + "\"}")
            .collect(Collectors.joining(","));
    return "{\"items\":["
        + items
        + "],\"page\":{\"count\":"
        + Math.max(0, to - from + 1)
        + (reportedLimit == null ? "" : ",\"limit\":" + reportedLimit)
        + (cursor == null ? "" : ",\"startKey\":\"" + cursor + "\"")
        + "}}";
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listsEveryUserWhenPepperCapsThePageBelowTheLimitAskedFor(Mode mode) {
    String first = "/users?include=credentials&limit=500";
    wm.stubFor(get(urlEqualTo(first)).willReturn(okJson(users("k1", 100, 1, 100))));
    wm.stubFor(
        get(urlEqualTo(first + "&startKey=k1")).willReturn(okJson(users("k2", 100, 101, 200))));
    wm.stubFor(
        get(urlEqualTo(first + "&startKey=k2")).willReturn(okJson(users("k3", 100, 201, 230))));
    UserQuery query = UserQuery.builder().include("credentials").limit(500).build();

    List<PepperUser> all =
        mode.call(() -> pepper.users().list(query), () -> pepper.users().listAsync(query)).stream()
            .collect(Collectors.toList());

    assertThat(all).hasSize(230);
    assertThat(all.get(229).id()).isEqualTo("u230");
    assertThat(wm.getAllServeEvents()).hasSize(3); // the page of 30 is short against 100: the end
  }

  @Test
  void followsTheCursorPastAShortPageWhenPepperReportsNoPageSize() {
    wm.stubFor(get(urlEqualTo("/users?limit=3")).willReturn(okJson(users("k1", null, 1, 2))));
    wm.stubFor(
        get(urlEqualTo("/users?limit=3&startKey=k1")).willReturn(okJson(users("k2", null, 3, 3))));
    wm.stubFor(
        get(urlEqualTo("/users?limit=3&startKey=k2")).willReturn(okJson(users(null, null, 1, 0))));

    assertThat(pepper.users().list(UserQuery.builder().limit(3).build()))
        .extracting(PepperUser::id)
        .containsExactly("u1", "u2", "u3");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void listsEveryActionWhenPepperCapsThePageBelowTheLimitAskedFor() {
    String page1 =
        "{\"items\":["
            + ActionsApiTest.action("a1", "USER_CREATED", "10:00:01")
            + ","
            + ActionsApiTest.action("a2", "USER_CREATED", "10:00:02")
            + "],\"page\":{\"count\":2,\"limit\":2,\"startKey\":\"k1\"}}";
    String page2 =
        "{\"items\":["
            + ActionsApiTest.action("a3", "USER_CREATED", "10:00:03")
            + "],\"page\":{\"count\":1,\"limit\":2,\"startKey\":\"k2\"}}";
    wm.stubFor(get(urlEqualTo("/actions?limit=100")).willReturn(okJson(page1)));
    wm.stubFor(get(urlEqualTo("/actions?limit=100&startKey=k1")).willReturn(okJson(page2)));

    assertThat(pepper.actions().list(ActionQuery.builder().limit(100).build()))
        .extracting(PepperAction::id)
        .containsExactly("a1", "a2", "a3");
    wm.verify(1, getRequestedFor(urlEqualTo("/actions?limit=100&startKey=k1")));
    assertThat(wm.getAllServeEvents()).hasSize(2); // one of two is short against 2: the end
  }

  @Test
  void aListedUserChangedAndWrittenBackSendsOnlyWritableFields() {
    wm.stubFor(
        get(urlEqualTo("/users?include=credentials"))
            .willReturn(okJson(Fixtures.read(getClass(), "users/list-page-1.json"))));
    wm.stubFor(
        put(urlEqualTo("/users/64e34958d8623591d87cb553"))
            .willReturn(okJson("{\"_id\":\"64e34958d8623591d87cb553\",\"firstName\":\"Anna\"}")));
    PepperUser ann =
        pepper.users().list(UserQuery.builder().include("credentials").build()).iterator().next();

    PepperUser written =
        pepper
            .users()
            .update(
                ann.id(),
                PepperUserUpdate.builder()
                    .fromUser(ann)
                    .firstName("Anna")
                    .hasAgreedToReceiveMarketing(true)
                    .build());

    assertThat(written.firstName()).contains("Anna");
    wm.verify(
        putRequestedFor(urlEqualTo("/users/64e34958d8623591d87cb553"))
            .withRequestBody(
                equalToJson(
                    "{\"firstName\":\"Anna\",\"lastName\":\"Lee\","
                        + "\"hasAgreedToShareData\":true,\"hasAgreedToReceiveMarketing\":true}")));
  }

  @Test
  void aStoredUserThatBreaksTheSendRulesReadsAndWritesBackWithoutTheBrokenField() {
    wm.stubFor(
        get(urlPathEqualTo("/users"))
            .withQueryParam("credentialId", equalTo("x@example.com"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"_id\":\"u9\",\"firstName\":\"  \",\"lastName\":\"Lee\","
                        + "\"credentials\":[{\"provider\":\"\",\"id\":\" \"}]}],"
                        + "\"page\":{\"count\":1,\"limit\":50}}")));
    wm.stubFor(put(urlEqualTo("/users/u9")).willReturn(okJson("{\"_id\":\"u9\"}")));

    PepperUser odd =
        pepper.users().list(UserQuery.builder().credentialId("x@example.com").build()).stream()
            .findFirst()
            .orElseThrow();
    pepper.users().update(odd.id(), PepperUserUpdate.builder().fromUser(odd).build());

    assertThat(odd.firstName()).contains("  ");
    assertThat(odd.credentials()).extracting(Credential::id).containsExactly(" ");
    wm.verify(
        putRequestedFor(urlEqualTo("/users/u9"))
            .withRequestBody(equalToJson("{\"lastName\":\"Lee\"}")));
  }
}
