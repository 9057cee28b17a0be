package io.peoplesync.pepper;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mappers;
import io.peoplesync.core.testing.Mode;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UsersListTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static final String KEY_1 = "eyJfaWQiOiI2NGUzNDk1OGQ4NjIzNTkxZDg3Y2I1NTQifQ";
  private static final String KEY_2 = "eyJfaWQiOiI2NGUzNDk1OGQ4NjIzNTkxZDg3Y2I1NTYifQ";
  private static final ObjectMapper JSON = Mappers.json();

  private final PepperClient pepper = TestClients.client(wm);

  private String fixture(String name) {
    return Fixtures.read(getClass(), name);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listsThreePagesFollowingStartKeyAndStopsAfterTheShortOne(Mode mode) {
    String first = "/users?include=credentials&limit=2";
    wm.stubFor(get(urlEqualTo(first)).willReturn(okJson(fixture("users/list-page-1.json"))));
    wm.stubFor(
        get(urlEqualTo(first + "&startKey=" + KEY_1))
            .willReturn(okJson(fixture("users/list-page-2.json"))));
    wm.stubFor(
        get(urlEqualTo(first + "&startKey=" + KEY_2))
            .willReturn(okJson(fixture("users/list-page-3.json"))));
    UserQuery query = UserQuery.builder().include("credentials").limit(2).build();

    List<PepperUser> users =
        mode.call(() -> pepper.users().list(query), () -> pepper.users().listAsync(query)).stream()
            .collect(Collectors.toList());

    assertThat(users)
        .extracting(u -> u.firstName().orElseThrow())
        .containsExactly("Ann", "Bob", "Cara", "Dev", "Eve");
    assertThat(wm.getAllServeEvents()).hasSize(3);
    wm.verify(1, getRequestedFor(urlEqualTo(first)));
    wm.verify(1, getRequestedFor(urlEqualTo(first + "&startKey=" + KEY_1)));
    wm.verify(1, getRequestedFor(urlEqualTo(first + "&startKey=" + KEY_2)));
  }

  @Test
  void fetchesNothingUntilIterated() {
    pepper.users().list(UserQuery.all());

    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void stopsOnAnEmptyPageOrAPageWithoutStartKey() {
    wm.stubFor(
        get(urlEqualTo("/users?credentialId=a@example.com&limit=3"))
            .willReturn(okJson(fixture("users/list-empty.json"))));
    wm.stubFor(
        get(urlEqualTo("/users?updatedAfter=2021-02-17T09:06:03.715Z"))
            .willReturn(
                okJson("{\"items\":[{\"_id\":\"u1\"},{\"_id\":\"u2\"}],\"page\":{\"count\":2}}")));

    assertThat(
            pepper.users().list(UserQuery.builder().credentialId("a@example.com").limit(3).build()))
        .isEmpty();
    assertThat(
            pepper
                .users()
                .list(
                    UserQuery.builder()
                        .updatedAfter(Instant.parse("2021-02-17T09:06:03.715Z"))
                        .build()))
        .extracting(PepperUser::id)
        .containsExactly("u1", "u2");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void usesThePageSizePepperReportsWhenTheQueryHasNone() {
    wm.stubFor(
        get(urlEqualTo("/users"))
            .willReturn(
                okJson(
                    "{\"items\":[{\"_id\":\"u1\"}],"
                        + "\"page\":{\"count\":1,\"limit\":50,\"startKey\":\"k\"}}")));

    assertThat(pepper.users().list(UserQuery.all())).hasSize(1);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void stopsWhenPepperRepeatsTheCursor() {
    wm.stubFor(
        get(urlEqualTo("/users?limit=1"))
            .willReturn(okJson("{\"items\":[{\"_id\":\"u1\"}],\"page\":{\"startKey\":\"k\"}}")));
    wm.stubFor(
        get(urlEqualTo("/users?limit=1&startKey=k"))
            .willReturn(okJson("{\"items\":[{\"_id\":\"u2\"}],\"page\":{\"startKey\":\"k\"}}")));

    assertThat(pepper.users().list(UserQuery.builder().limit(1).build()))
        .extracting(PepperUser::id)
        .containsExactly("u1", "u2");
  }

  @Test
  void sendsSeveralIncludesCommaSeparatedAndTheInstantWithMillis() {
    wm.stubFor(
        get(urlEqualTo("/users?include=credentials,loyalty&updatedAfter=2021-02-17T09:06:00.000Z"))
            .willReturn(okJson(fixture("users/list-empty.json"))));

    pepper
        .users()
        .list(
            UserQuery.builder()
                .include("credentials", "loyalty")
                .updatedAfter(Instant.parse("2021-02-17T09:06:00Z"))
                .build())
        .iterator()
        .hasNext();

    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void readsListedUsersWithCredentialsAndKeepsUnknownFields() {
    wm.stubFor(get(urlEqualTo("/users")).willReturn(okJson(fixture("users/list-page-1.json"))));

    PepperUser ann = pepper.users().list(UserQuery.all()).iterator().next();

    assertThat(ann.id()).isEqualTo("64e34958d8623591d87cb553");
    assertThat(ann.tenantId()).contains("5f9a1c2e8b7d4e0012ab34cd");
    assertThat(ann.fullName()).contains("Ann Lee");
    assertThat(ann.credentials())
        .containsExactly(
            Credential.builder()
                .provider("EMAIL")
                .id("ann@example.com")
                .putExtra("isVerified", JSON.getNodeFactory().booleanNode(true))
                .build());
    assertThat(ann.hasAgreedToShareData()).contains(true);
    assertThat(ann.hasAgreedToReceiveMarketing()).contains(false);
    assertThat(ann.roles()).containsExactly("USER");
    assertThat(ann.created()).contains(Instant.parse("2023-08-21T11:30:00.123Z"));
    assertThat(ann.updatedAt()).contains(Instant.parse("2024-02-01T09:15:42.007Z"));
    assertThat(ann.state()).contains("ACTIVE");
    assertThat(ann.extras())
        .containsEntry("defaultTip", NullNode.getInstance())
        .containsEntry("primaryPlatform", JSON.getNodeFactory().textNode("IOS"))
        .containsKeys("isActivated", "favouriteLocations", "tags", "externalLoyaltyId")
        .doesNotContainKeys("_id", "id");
  }

  @Test
  void readsUsersLenientlyAndRoundTripsUnknownFields() throws Exception {
    String json = fixture("users/lenient-user.json");

    PepperUser user = JSON.readValue(json, PepperUser.class);

    assertThat(user.id()).isEqualTo("only-underscore-id");
    assertThat(user.firstName()).isEmpty();
    assertThat(user.hasAgreedToShareData()).contains(true);
    assertThat(user.hasAgreedToReceiveMarketing()).contains(false);
    assertThat(user.roles()).isEmpty();
    assertThat(user.credentials()).isEmpty();
    assertThat(user.extras().get("reviewCandidate").asText()).isEqualTo("false");
    assertThat(user.extras().get("loyalty").path("tier").asText()).isEqualTo("GOLD");
    JsonNode written = JSON.valueToTree(user);
    assertThat(written.path("loyalty")).isEqualTo(JSON.readTree(json).path("loyalty"));
    assertThat(written.path("defaultTip").isNull()).isTrue();
    assertThat(written.path("id").asText()).isEqualTo("only-underscore-id");
  }
}
