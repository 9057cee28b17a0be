package io.peoplesync.ortec;

import static io.peoplesync.ortec.OrtecFixtures.actions;
import static io.peoplesync.ortec.OrtecFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RawBody;
import io.peoplesync.core.RawResponse;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.Fault;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.ortec.FakeOrtec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The real client against the stateful {@link FakeOrtec}: lifecycle, vendor rules, faults. */
@ExtendWith(FakeVendorsExtension.class)
class OrtecFakeIntegrationTest {
  private static final String BOB = "bsmith@example.com";
  private static final String ANN = "ajones@example.com";
  private static final String CID = "cdiaz@example.com";

  private final RecordingDelayer delayer = new RecordingDelayer();

  /** Returns a builder on {@code fake} with its credentials, 3 attempts and no real waiting. */
  private OrtecClient.Builder builder(FakeOrtec fake) {
    return OrtecClient.builder()
        .baseUri(fake.baseUri())
        .feed(fake.feed())
        .apiKey(fake.apiKey())
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(100))
                .jitter(0)
                .build())
        .delayer(delayer);
  }

  private static BatchResult submit(Mode mode, OrtecClient c, List<AccountAction> actions) {
    return mode.call(() -> c.accounts().submit(actions), () -> c.accounts().submitAsync(actions));
  }

  private static RawResponse read(OrtecClient c, String id) {
    String path = "/accounts/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    return c.raw().send(HttpMethod.GET, path, Optional.empty());
  }

  private static OrtecAccount person(String id, String first, String function) {
    return OrtecAccount.builder()
        .id(id)
        .firstName(first)
        .lastName("Smith")
        .function(function)
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void hiresChangesAndLetsGo(Mode mode, FakeOrtec fake) {
    OrtecClient c = builder(fake).build();
    OrtecAccount bob =
        OrtecAccount.builder()
            .id(BOB)
            .firstName("Bob")
            .lastName("Smith")
            .function("developer")
            .put("department", "apps")
            .put("skills", List.of("java", "sql"))
            .put("startDate", LocalDate.of(2024, 3, 1))
            .build();
    List<OrtecAccount> hires =
        List.of(bob, person(ANN, "Ann", "tester"), person(CID, "Cid", "ops"));

    BatchResult hired =
        mode.call(() -> c.accounts().upsert(hires), () -> c.accounts().upsertAsync(hires));

    assertThat(hired.allSucceeded()).isTrue();
    assertThat(fake.accounts()).containsOnlyKeys(BOB, ANN, CID);
    assertThat(read(c, BOB).body())
        .contains("\"id\":\"" + BOB + "\"", "\"startDate\":\"2024-03-01\"");

    List<AccountAction> change =
        List.of(
            AccountAction.upsert(
                OrtecAccount.builder()
                    .id(BOB)
                    .function("lead")
                    .put("department", "platform")
                    .build()));
    assertThat(submit(mode, c, change).allSucceeded()).isTrue();
    assertThat(fake.account(BOB))
        .contains(
            Map.of(
                "firstName", "Bob",
                "lastName", "Smith",
                "function", "lead",
                "department", "platform",
                "skills", List.of("java", "sql"),
                "startDate", "2024-03-01"));

    BatchResult left =
        mode.call(
            () -> c.accounts().delete(List.of(ANN)), () -> c.accounts().deleteAsync(List.of(ANN)));

    assertThat(left.allSucceeded()).isTrue();
    assertThat(fake.account(ANN)).isEmpty();
    assertThat(fake.accounts()).containsOnlyKeys(BOB, CID);
    assertThatThrownBy(() -> read(c, ANN))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.vendorMessage()).contains("current profile not found"));
    assertThat(fake.batchSizes()).containsExactly(3, 1, 1);
    assertThat(fake.requests())
        .extracting(RecordedRequest::method)
        .containsExactly("POST", "GET", "POST", "POST", "GET");
    assertThat(fake.requests().get(1).queryParam("apikey")).contains(fake.apiKey());
  }

  @Test
  void reportsTheVendorsRejectionsPerItemAndAppliesTheRest(FakeOrtec fake) {
    fake.seed(BOB, Map.of("function", "developer"));
    List<AccountAction> actions =
        List.of(
            AccountAction.insert(person(BOB, "Bob", "again")),
            AccountAction.update(person("ghost@example.com", "Gus", "none")),
            AccountAction.delete("ghost@example.com"),
            AccountAction.upsert(person(ANN, "Ann", "tester")),
            AccountAction.update(OrtecAccount.builder().id(BOB).function("lead").build()),
            AccountAction.insert(person(CID, "Cid", "ops")));

    BatchResult r = builder(fake).build().accounts().submit(actions);

    assertThat(r.batchFailures()).isEmpty();
    assertThat(r.failures())
        .extracting(ItemResult::id, i -> i.error().orElseThrow(), ItemResult::confirmed)
        .containsExactly(
            tuple(BOB, "profile already exists", true),
            tuple("ghost@example.com", "current profile not found", true),
            tuple("ghost@example.com", "current profile not found", true));
    assertThat(r.results().subList(3, 6)).allMatch(ItemResult::ok);
    assertThat(fake.account(BOB)).contains(Map.of("function", "lead"));
    assertThat(fake.accounts()).containsOnlyKeys(BOB, ANN, CID);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendsTwoThousandFiveHundredActionsInThreeBatches(Mode mode, FakeOrtec fake) {
    for (int i = 9; i < 2500; i += 10) {
      fake.seed(id(i), Map.of("index", -1));
    }

    BatchResult r = submit(mode, builder(fake).build(), actions(2500));

    assertThat(r.allSucceeded()).isTrue();
    assertThat(r.results()).hasSize(2500);
    assertThat(r.results().get(2499).batch()).isEqualTo(3);
    assertThat(fake.batchSizes()).containsExactly(1000, 1000, 500);
    assertThat(fake.requests()).hasSize(3);
    Map<String, Map<String, Object>> state = fake.accounts();
    assertThat(state).hasSize(2250).doesNotContainKey(id(9)).doesNotContainKey(id(2499));
    assertThat(state.get(id(0))).isEqualTo(Map.of("index", 0));
    assertThat(state.get(id(1998))).isEqualTo(Map.of("index", 1998));
    assertThat(state.get(id(2498))).isEqualTo(Map.of("index", 2498));
  }

  @Test
  void keepsTheOrderOfActionsOnOneIdAcrossConcurrentBatches(FakeOrtec fake) {
    List<AccountAction> actions =
        List.of(
            AccountAction.upsert(person(BOB, "Bob", "developer")),
            AccountAction.upsert(person(ANN, "Ann", "tester")),
            AccountAction.delete(BOB),
            AccountAction.upsert(OrtecAccount.builder().id(BOB).function("rehired").build()));
    OrtecClient c = builder(fake).batchSize(2).batchConcurrency(2).build();

    BatchResult r = c.accounts().submitAsync(actions).join();

    assertThat(r.allSucceeded()).isTrue();
    assertThat(fake.account(BOB)).contains(Map.of("function", "rehired"));
    assertThat(fake.batchSizes()).containsExactly(2, 2);
  }

  @ParameterizedTest
  @CsvSource({"hr-feed, wrong-key", "other-feed, fake-ortec-apikey"})
  void aWrongFeedOrKeyIsAnAuthenticationFailureAndStopsTheSubmission(
      String feed, String apiKey, FakeOrtec fake) {
    OrtecClient c = builder(fake).feed(feed).apiKey(apiKey).batchSize(2).build();

    BatchFailedException thrown =
        catchThrowableOfType(BatchFailedException.class, () -> c.accounts().submit(actions(5)));

    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.accounts()).isEmpty();
    BatchResult r = thrown.result();
    assertThat(r.results())
        .extracting(ItemResult::outcome)
        .containsExactly(
            ItemOutcome.NOT_CONFIRMED,
            ItemOutcome.NOT_CONFIRMED,
            ItemOutcome.NOT_SENT,
            ItemOutcome.NOT_SENT,
            ItemOutcome.NOT_SENT);
    assertThat(r.batchFailures())
        .extracting(BatchFailure::batch, BatchFailure::sent)
        .containsExactly(tuple(1, true), tuple(2, false), tuple(3, false));
    assertThat(thrown.getCause())
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.vendorMessage()).contains("invalid feed or apikey"));
    assertThat(thrown).hasMessageNotContaining(apiKey);
    assertThat(thrown.getCause().getMessage()).doesNotContain(apiKey);
    assertThatThrownBy(() -> read(c, BOB)).isInstanceOf(AuthenticationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "RATE_LIMITED, BLOCKING", "RATE_LIMITED, ASYNC",
    "UNAVAILABLE, BLOCKING", "UNAVAILABLE, ASYNC",
    "DROP_CONNECTION, BLOCKING", "DROP_CONNECTION, ASYNC"
  })
  void retriesAnUpsertAndDeleteBatchThroughEachFault(Fault fault, Mode mode, FakeOrtec fake) {
    fake.seed(ANN, Map.of("function", "tester"));
    fake.failNext(2, fault);
    List<AccountAction> actions =
        List.of(AccountAction.upsert(person(BOB, "Bob", "developer")), AccountAction.delete(ANN));

    BatchResult r = submit(mode, builder(fake).build(), actions);

    assertThat(r.allSucceeded()).isTrue();
    assertThat(fake.requests()).hasSize(3);
    assertThat(fake.batchSizes()).containsExactly(2);
    assertThat(fake.accounts()).containsOnlyKeys(BOB);
    assertThat(delayer.delays())
        .containsExactlyElementsOf(
            fault == Fault.RATE_LIMITED
                ? List.of(Duration.ofSeconds(1), Duration.ofSeconds(1))
                : List.of(Duration.ofMillis(100), Duration.ofMillis(200)));
  }

  @ParameterizedTest
  @CsvSource({
    "UNAVAILABLE, BLOCKING", "UNAVAILABLE, ASYNC",
    "DROP_CONNECTION, BLOCKING", "DROP_CONNECTION, ASYNC"
  })
  void doesNotRepeatAnInsertBatchThatMayHaveArrived(Fault fault, Mode mode, FakeOrtec fake) {
    fake.failNext(1, fault);
    List<AccountAction> actions =
        List.of(
            AccountAction.upsert(person(BOB, "Bob", "developer")),
            AccountAction.insert(person(ANN, "Ann", "tester")));
    OrtecClient c = builder(fake).build();

    BatchFailedException thrown =
        catchThrowableOfType(BatchFailedException.class, () -> submit(mode, c, actions));

    assertThat(fake.requests()).hasSize(1);
    assertThat(delayer.delays()).isEmpty();
    assertThat(thrown.getCause())
        .isInstanceOf(
            fault == Fault.UNAVAILABLE ? ServerException.class : ApiTransportException.class);
    BatchResult r = thrown.result();
    assertThat(r.results()).noneMatch(ItemResult::confirmed);
    assertThat(r.results().get(1).error().orElseThrow())
        .startsWith("not confirmed: batch 1 of 1 (actions 1\u20132) failed: ");
    assertThat(fake.accounts()).isEmpty();

    List<AccountAction> again =
        r.failures().stream().map(ItemResult::action).collect(Collectors.toList());
    assertThat(submit(mode, c, again).allSucceeded()).isTrue();
    assertThat(fake.accounts()).containsOnlyKeys(BOB, ANN);
  }

  @Test
  void repeatsAnInsertBatchAfterA429BecauseItWasNotProcessed(FakeOrtec fake) {
    fake.failNext(1, Fault.RATE_LIMITED);

    BatchResult r =
        builder(fake)
            .build()
            .accounts()
            .submit(List.of(AccountAction.insert(person(BOB, "Bob", "developer"))));

    assertThat(r.allSucceeded()).isTrue();
    assertThat(fake.requests()).hasSize(2);
    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(1));
    assertThat(fake.account(BOB)).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aMisalignedAnswerThrowsAndTheUnconfirmedUpsertsAreSafeToSendAgain(
      Mode mode, FakeOrtec fake) {
    fake.misalignNextAnswers(1);
    OrtecClient c = builder(fake).batchSize(2).build();

    BatchFailedException thrown =
        catchThrowableOfType(BatchFailedException.class, () -> submit(mode, c, actions(5)));

    assertThat(thrown.getCause())
        .isInstanceOf(ApiSerializationException.class)
        .hasMessage("batch 1 of 3 (actions 1\u20132): expected 2 results, got 1");
    assertThat(thrown.result().results())
        .extracting(ItemResult::outcome)
        .containsExactly(
            ItemOutcome.NOT_CONFIRMED,
            ItemOutcome.NOT_CONFIRMED,
            ItemOutcome.NOT_SENT,
            ItemOutcome.NOT_SENT,
            ItemOutcome.NOT_SENT);
    // ORTEC applied the batch it could not answer properly; nothing after it was sent.
    assertThat(fake.accounts()).containsOnlyKeys(id(0), id(1));

    List<AccountAction> again =
        thrown.result().results().stream()
            .filter(i -> !i.confirmed())
            .map(ItemResult::action)
            .collect(Collectors.toList());
    assertThat(submit(mode, c, again).allSucceeded()).isTrue();
    assertThat(fake.accounts()).hasSize(5);
    assertThat(fake.batchSizes()).containsExactly(2, 2, 2, 1);
  }

  @Test
  void aStoredAccountThatBreaksTheSendRulesIsReadChangedAndWrittenBack(FakeOrtec fake)
      throws Exception {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("email", "not an address");
    stored.put("firstName", "x".repeat(300));
    stored.put("fte", 0.8);
    stored.put("manager", Map.of("id", "boss@example.com"));
    fake.seed(BOB, stored);
    OrtecClient c = builder(fake).build();
    ObjectMapper mapper = new ObjectMapper();

    OrtecAccount read = mapper.readValue(read(c, BOB).body(), OrtecAccount.class);
    OrtecAccount changed = OrtecAccount.builder().from(read).function("lead").build();
    BatchResult r = c.accounts().upsert(List.of(changed));

    assertThat(read.id()).isEqualTo(BOB);
    assertThat(read.fields())
        .containsEntry("email", "not an address")
        .containsEntry("firstName", "x".repeat(300))
        .containsEntry("fte", 0.8)
        .containsEntry("manager", Map.of("id", "boss@example.com"));
    assertThat(r.allSucceeded()).isTrue();
    assertThat(fake.account(BOB).orElseThrow())
        .containsEntry("function", "lead")
        .containsEntry("email", "not an address")
        .containsEntry("manager", Map.of("id", "boss@example.com"));
    assertThat(fake.requests().get(1).jsonBody().get("accounts").get(0).fieldNames())
        .toIterable()
        .containsExactly("action", "id", "email", "firstName", "fte", "manager", "function");
  }

  @Test
  void theFakeRejectsAnOversizedBatchSentThroughRaw(FakeOrtec fake) {
    String items =
        IntStream.range(0, 1001)
            .mapToObj(i -> "{\"action\":\"upsert\",\"id\":\"" + id(i) + "\"}")
            .collect(Collectors.joining(",", "{\"accounts\":[", "]}"));
    OrtecClient c = builder(fake).build();

    assertThatThrownBy(
            () -> c.raw().send(HttpMethod.POST, "/accounts", Optional.of(RawBody.of(items))))
        .isInstanceOfSatisfying(
            ApiResponseException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(413);
              assertThat(e.vendorMessage())
                  .contains("too many accounts in one batch: 1001 (at most 1000)");
            });
    assertThat(fake.accounts()).isEmpty();
  }
}
