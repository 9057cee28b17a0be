package io.peoplesync.pepper;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.pepper.TestClients.APP_ID;
import static io.peoplesync.pepper.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mappers;
import io.peoplesync.core.testing.Mode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionsApiTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static final Instant FROM = Instant.parse("2021-02-01T10:00:00Z");
  private static final Instant TO = Instant.parse("2021-02-01T10:05:00Z");
  private static final String DOCUMENTED_QUERY =
      "/actions?when.timestamp.gt=2021-02-01T10:00:00.000Z"
          + "&when.timestamp.lte=2021-02-01T10:05:00.000Z"
          + "&type=USER_CREATED,USER_CHANGED,USER_DELETED,USER_ACTIVATED";

  private static final ObjectMapper JSON = Mappers.json();

  private final PepperClient pepper = TestClients.client(wm);

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendsTheWindowAndTypesExactlyAsDocumented(Mode mode) {
    wm.stubFor(
        get(urlEqualTo(DOCUMENTED_QUERY))
            .willReturn(
                okJson(
                    "{\"items\":["
                        + Fixtures.read(getClass(), "actions/user-created.json")
                        + "],\"page\":{\"count\":1,\"limit\":100}}")));
    ActionQuery query =
        ActionQuery.builder()
            .after(FROM)
            .upTo(TO)
            .types(
                ActionType.USER_ACTIVATED,
                ActionType.USER_CREATED,
                ActionType.USER_CHANGED,
                ActionType.USER_DELETED)
            .build();

    List<PepperAction> actions =
        mode
            .call(() -> pepper.actions().list(query), () -> pepper.actions().listAsync(query))
            .stream()
            .collect(Collectors.toList());

    assertThat(actions).hasSize(1);
    wm.verify(
        getRequestedFor(urlEqualTo(DOCUMENTED_QUERY))
            .withHeader("Authorization", equalTo("Token " + TOKEN))
            .withHeader("x-application-id", equalTo(APP_ID))
            .withHeader("x-api-version", equalTo("8"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Accept-Encoding", equalTo("gzip, deflate")));
  }

  @Test
  void readsTheDocumentedUserCreatedActionAndWritesItBackUnchanged() throws Exception {
    wm.stubFor(
        get(urlEqualTo("/actions"))
            .willReturn(
                okJson(
                    "{\"items\":["
                        + Fixtures.read(getClass(), "actions/user-created.json")
                        + "]}")));

    PepperAction a = pepper.actions().list(ActionQuery.builder().build()).iterator().next();

    assertThat(a.id()).isEqualTo("6042a1ba5f3c2a0012d4e7f1");
    assertThat(a.type()).isEqualTo(ActionType.USER_CREATED);
    assertThat(a.typeName()).isEqualTo("USER_CREATED");
    assertThat(a.timestamp()).isEqualTo(Instant.parse("2021-03-05T02:32:10.218Z"));
    assertThat(a.when().timezone()).contains("America/Chicago");
    assertThat(a.when().extras().get("daypart").asText()).isEqualTo("EVENING");
    assertThat(a.tenantId()).contains("5f9a1c2e8b7d4e0012ab34cd");
    assertThat(a.tenant().flatMap(ActionRef::title)).contains("The Grill");
    assertThat(a.userId()).contains("6042a1b95f3c2a0012d4e7ee");
    assertThat(a.context().flatMap(ActionContext::user).flatMap(ActionRef::fullName))
        .contains("Tom Jones");
    assertThat(a.username()).contains("+12220000000");
    assertThat(a.provider()).contains(Credential.MOBILE);
    assertThat(a.hasAgreedToShareData()).contains(true);
    assertThat(a.hasAgreedToReceiveMarketing()).contains(false);
    assertThat(a.extras()).containsKeys("source", "version", "environment");
    JsonNode written = JSON.valueToTree(a);
    assertThat(written)
        .isEqualTo(JSON.readTree(Fixtures.read(getClass(), "actions/user-created.json")));
  }

  @Test
  void readsChangedActivatedAndUnknownActions() {
    wm.stubFor(
        get(urlEqualTo("/actions?limit=5"))
            .willReturn(
                okJson(
                    "{\"items\":["
                        + "{\"_id\":\"a1\",\"type\":\"USER_CHANGED\","
                        + "\"when\":{\"timestamp\":\"2021-03-05T02:32:10.218Z\"},"
                        + "\"context\":{\"user\":{\"_id\":\"u1\"}},"
                        + "\"metadata\":{\"favouriteLocations\":[\"x\",\"y\"]}},"
                        + "{\"_id\":\"a2\",\"type\":\"USER_ACTIVATED\","
                        + "\"when\":{\"timestamp\":\"2021-03-05T02:33:00Z\"},"
                        + "\"metadata\":{\"username\":\"tom@example.com\",\"provider\":\"EMAIL\","
                        + "\"hasAgreedToShareData\":\"false\"}},"
                        + "{\"_id\":\"a3\",\"type\":\"ORDER_CREATED\","
                        + "\"when\":{\"timestamp\":\"2021-03-05T02:34:00Z\"},\"metadata\":null}"
                        + "],\"page\":{\"count\":3,\"limit\":5,\"startKey\":\"k\"}}")));

    List<PepperAction> actions =
        pepper.actions().list(ActionQuery.builder().limit(5).build()).stream()
            .collect(Collectors.toList());

    assertThat(actions)
        .extracting(PepperAction::type)
        .containsExactly(ActionType.USER_CHANGED, ActionType.USER_ACTIVATED, ActionType.UNKNOWN);
    assertThat(actions.get(0).userId()).contains("u1");
    assertThat(actions.get(0).metadata().path("favouriteLocations").size()).isEqualTo(2);
    assertThat(actions.get(0).username()).isEmpty();
    assertThat(actions.get(1).username()).contains("tom@example.com");
    assertThat(actions.get(1).hasAgreedToShareData()).contains(false);
    assertThat(actions.get(1).hasAgreedToReceiveMarketing()).isEmpty();
    assertThat(actions.get(1).userId()).isEmpty();
    assertThat(actions.get(2).typeName()).isEqualTo("ORDER_CREATED");
    assertThat(actions.get(2).provider()).isEmpty();
  }

  @Test
  void followsStartKeyAcrossActionPages() {
    wm.stubFor(
        get(urlEqualTo("/actions?type=USER_DELETED&limit=1"))
            .willReturn(okJson(page(1, "k1", action("a1", "USER_DELETED", "10:00:01")))));
    wm.stubFor(
        get(urlEqualTo("/actions?type=USER_DELETED&limit=1&startKey=k1"))
            .willReturn(okJson(page(1, "k2", action("a2", "USER_DELETED", "10:00:02")))));
    wm.stubFor(
        get(urlEqualTo("/actions?type=USER_DELETED&limit=1&startKey=k2"))
            .willReturn(okJson("{\"items\":[],\"page\":{\"count\":0,\"limit\":1}}")));

    assertThat(
            pepper
                .actions()
                .list(ActionQuery.builder().types(ActionType.USER_DELETED).limit(1).build()))
        .extracting(PepperAction::id)
        .containsExactly("a1", "a2");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void namesTheFiveLifecycleTypes() {
    assertThat(ActionType.userLifecycle())
        .containsExactly(
            ActionType.USER_CREATED,
            ActionType.USER_CHANGED,
            ActionType.USER_DELETED,
            ActionType.USER_ACTIVATED,
            ActionType.CREDENTIAL_VERIFIED);
    assertThat(ActionType.fromName("USER_ACTIVATION_RESENT"))
        .isEqualTo(ActionType.USER_ACTIVATION_RESENT);
    assertThat(ActionType.fromName("UNKNOWN")).isEqualTo(ActionType.UNKNOWN);
    assertThat(ActionType.fromName("SOMETHING_NEW")).isEqualTo(ActionType.UNKNOWN);
  }

  @Test
  void rejectsBadQueriesBeforeSending() {
    assertThatThrownBy(() -> ActionQuery.builder().after(TO).upTo(FROM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upTo must be after 'after'");
    assertThatThrownBy(() -> ActionQuery.builder().after(TO).upTo(TO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upTo must be after 'after'");
    assertThatThrownBy(() -> ActionQuery.builder().types(ActionType.UNKNOWN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("types must not contain UNKNOWN");
    assertThatThrownBy(() -> ActionQuery.builder().limit(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive");
    assertThatThrownBy(
            () -> pepper.actions().poller(InMemoryCheckpoint.empty(), Set.of(ActionType.UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("types must not contain UNKNOWN");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  static String action(String id, String type, String time) {
    return "{\"_id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"tenantId\":\"t1\",\"when\":{\"timestamp\":\"2021-02-01T"
        + time
        + ".000Z\"},\"context\":{\"user\":{\"_id\":\"user-"
        + id
        + "\"}},\"metadata\":{}}";
  }

  /** A page as Pepper sends it for a request with {@code limit=2}: the server reports its limit. */
  static String page(String startKey, String... actions) {
    return page(2, startKey, actions);
  }

  static String page(int limit, String startKey, String... actions) {
    return "{\"items\":["
        + String.join(",", actions)
        + "],\"page\":{\"count\":"
        + actions.length
        + ",\"limit\":"
        + limit
        + (startKey == null ? "" : ",\"startKey\":\"" + startKey + "\"")
        + "}}";
  }
}
