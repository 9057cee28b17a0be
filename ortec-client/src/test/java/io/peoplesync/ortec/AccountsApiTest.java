package io.peoplesync.ortec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.ortec.OrtecFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.RawBody;
import io.peoplesync.core.RawResponse;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AccountsApiTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final OrtecClient client = OrtecFixtures.client(wm, new RecordingDelayer()).build();

  private String fixture(String name) {
    return Fixtures.read(getClass(), "accounts/" + name);
  }

  private static OrtecAccount bobWithEveryValueType() {
    Map<String, Object> manager = new LinkedHashMap<>();
    manager.put("id", "boss@example.com");
    manager.put("level", 2);
    manager.put("teams", List.of(Map.of("name", "core", "remote", false)));
    return OrtecAccount.builder()
        .id("bsmith@example.com")
        .firstName("Bob")
        .lastName("Smith")
        .function("developer")
        .email("bob.smith@example.com")
        .put("age", 42)
        .put("employeeNumber", 9007199254740993L)
        .put("fte", new BigDecimal("0.8"))
        .put("active", true)
        .put("skills", List.of("java", "sql"))
        .put("manager", manager)
        .put("startDate", LocalDate.of(2024, 3, 1))
        .put("endDate", NullNode.getInstance())
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void submitsFeedApiKeyAndAccountsOfEveryValueTypeInTheExactBody(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(okJson(fixture("submit-200.json"))));
    List<AccountAction> actions =
        List.of(
            AccountAction.upsert(bobWithEveryValueType()),
            AccountAction.delete("asmith@example.com"));

    BatchResult r =
        mode.call(
            () -> client.accounts().submit(actions), () -> client.accounts().submitAsync(actions));

    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/accounts"))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson(fixture("submit-request.json"))));
    assertThat(r.results()).hasSize(2);
    ItemResult bob = r.results().get(0);
    assertThat(bob.action()).isEqualTo(actions.get(0));
    assertThat(bob.id()).isEqualTo("bsmith@example.com");
    assertThat(bob.ok()).isTrue();
    assertThat(bob.error()).isEmpty();
    assertThat(bob.status()).contains("ok");
    assertThat(bob.confirmed()).isTrue();
    assertThat(bob.batch()).isEqualTo(1);
    ItemResult alice = r.results().get(1);
    assertThat(alice.action().type()).isEqualTo(ActionType.DELETE);
    assertThat(alice.id()).isEqualTo("asmith@example.com");
    assertThat(alice.ok()).isFalse();
    assertThat(alice.error()).contains("current profile not found");
    assertThat(alice.confirmed()).isTrue();
    assertThat(r.failures()).containsExactly(alice);
    assertThat(r.batchFailures()).isEmpty();
    assertThat(r.allSucceeded()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void upsertsAccounts(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(okJson(fixture("two-ok-200.json"))));
    List<OrtecAccount> accounts =
        List.of(
            OrtecAccount.builder()
                .id("bsmith@example.com")
                .firstName("Bob")
                .function("developer")
                .build(),
            OrtecAccount.builder().id("jdoe@example.com").lastName("Doe").build());

    BatchResult r =
        mode.call(
            () -> client.accounts().upsert(accounts),
            () -> client.accounts().upsertAsync(accounts));

    wm.verify(
        postRequestedFor(urlEqualTo("/accounts"))
            .withRequestBody(equalToJson(fixture("upsert-request.json"))));
    assertThat(r.allSucceeded()).isTrue();
    assertThat(r.results())
        .extracting(ItemResult::id)
        .containsExactly("bsmith@example.com", "jdoe@example.com");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deletesAccountsById(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(okJson(fixture("two-ok-200.json"))));
    List<String> ids = List.of("bsmith@example.com", "jdoe@example.com");

    BatchResult r =
        mode.call(() -> client.accounts().delete(ids), () -> client.accounts().deleteAsync(ids));

    wm.verify(
        postRequestedFor(urlEqualTo("/accounts"))
            .withRequestBody(equalToJson(fixture("delete-request.json"))));
    assertThat(r.results())
        .allSatisfy(i -> assertThat(i.action().type()).isEqualTo(ActionType.DELETE));
    assertThat(r.allSucceeded()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "{\"status\":\"ok\"}|true|NONE|ok",
        "{\"status\":\"OK\",\"error\":null}|true|NONE|OK",
        "{\"status\":\"ok\",\"error\":\"\"}|true|NONE|ok",
        "{\"error\":\"current profile not found\"}|false|current profile not found|NONE",
        "{\"status\":\"ok\",\"error\":\"mapping failed\"}|false|mapping failed|ok",
        "{\"status\":\"failed\"}|false|unexpected status failed|failed",
        "{}|false|the result has neither a status nor an error|NONE",
        "{\"error\":{\"code\":7}}|false|{\"code\":7}|NONE"
      })
  void readsEachResultShape(String result, boolean ok, String error, String status) {
    wm.stubFor(post("/accounts").willReturn(okJson("{\"results\":[" + result + "]}")));

    ItemResult item =
        client.accounts().submit(List.of(AccountAction.delete("x@example.com"))).results().get(0);

    assertThat(item.ok()).isEqualTo(ok);
    assertThat(item.error()).isEqualTo(Optional.ofNullable(error));
    assertThat(item.status()).isEqualTo(Optional.ofNullable(status));
    assertThat(item.confirmed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendsNothingForAnEmptySubmission(Mode mode) {
    BatchResult r =
        mode.call(
            () -> client.accounts().submit(List.of()),
            () -> client.accounts().submitAsync(List.of()));

    assertThat(r.results()).isEmpty();
    assertThat(r.allSucceeded()).isTrue();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void rejectsNullAndBlankInputsBeforeSending() {
    List<AccountAction> withNull = new ArrayList<>(List.of(AccountAction.delete("a@example.com")));
    withNull.add(null);
    AccountsApi accounts = client.accounts();

    assertThatThrownBy(() -> accounts.submit(withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actions[1] must not be null");
    assertThatThrownBy(() -> accounts.submitAsync(withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actions[1] must not be null");
    assertThatThrownBy(() -> accounts.delete(Arrays.asList("a@example.com", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ids[1] must not be blank");
    assertThatThrownBy(() -> accounts.upsertAsync(Arrays.asList((OrtecAccount) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accounts[0] must not be null");
    assertThatThrownBy(() -> AccountAction.delete(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void reportsTheVendorMessageOfARejectedBatch() {
    wm.stubFor(
        post("/accounts")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"unknown feed\"}")));

    BatchFailedException e =
        catchThrowableOfType(
            BatchFailedException.class,
            () -> client.accounts().submit(List.of(AccountAction.delete("a@example.com"))));

    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            BadRequestException.class, c -> assertThat(c.vendorMessage()).contains("unknown feed"));
    BatchResult r = e.result();
    assertThat(r.batchFailures())
        .singleElement()
        .satisfies(f -> assertThat(f.batch()).isEqualTo(1));
    assertThat(r.results().get(0).error())
        .contains(
            "not confirmed: batch 1 of 1 (action 1) failed: "
                + "POST /accounts -> 400 Bad Request [ortec.accounts.submit]");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rawRequestsGetFeedAndApiKeyToo(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(okJson("{\"results\":[]}")));
    Optional<RawBody> body = Optional.of(RawBody.of("{\"accounts\":[]}"));

    RawResponse r =
        mode.call(
            () -> client.raw().send(HttpMethod.POST, "/accounts", body),
            () -> client.raw().sendAsync(HttpMethod.POST, "/accounts", body));

    assertThat(r.body()).isEqualTo("{\"results\":[]}");
    wm.verify(
        postRequestedFor(urlEqualTo("/accounts"))
            .withRequestBody(
                equalToJson(
                    "{\"feed\":\"hr-feed\",\"apikey\":\"" + API_KEY + "\",\"accounts\":[]}")));
  }
}
