package io.peoplesync.ortec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.ortec.OrtecFixtures.actions;
import static io.peoplesync.ortec.OrtecFixtures.allOk;
import static io.peoplesync.ortec.OrtecFixtures.batchStartingAt;
import static io.peoplesync.ortec.OrtecFixtures.body;
import static io.peoplesync.ortec.OrtecFixtures.id;
import static io.peoplesync.ortec.OrtecFixtures.results;
import static io.peoplesync.ortec.OrtecFixtures.sentBatchStartingAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.ApiException;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccountsBatchingTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final RecordingDelayer delayer = new RecordingDelayer();

  private OrtecClient client() {
    return OrtecFixtures.client(wm, delayer).build();
  }

  private OrtecClient client(int batchSize) {
    return OrtecFixtures.client(wm, delayer).batchSize(batchSize).build();
  }

  private static BatchResult submit(Mode mode, OrtecClient c, List<AccountAction> actions) {
    return mode.call(() -> c.accounts().submit(actions), () -> c.accounts().submitAsync(actions));
  }

  private static OrtecAccount account(int i) {
    return OrtecAccount.builder().id(id(i)).put("index", i).build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void splitsTwoThousandFiveHundredActionsIntoBatchesOf1000And1000And500(Mode mode) {
    wm.stubFor(batchStartingAt(0).willReturn(results(1000, i -> i == 999 ? "e999" : null)));
    wm.stubFor(batchStartingAt(1000).willReturn(results(1000, i -> i == 0 ? "e1000" : null)));
    wm.stubFor(batchStartingAt(2000).willReturn(results(500, i -> i == 499 ? "e2499" : null)));

    BatchResult r = submit(mode, client(), actions(2500));

    wm.verify(3, postRequestedFor(urlEqualTo("/accounts")));
    wm.verify(
        postRequestedFor(urlEqualTo("/accounts")).withRequestBody(equalToJson(body(0, 1000))));
    wm.verify(
        postRequestedFor(urlEqualTo("/accounts")).withRequestBody(equalToJson(body(1000, 2000))));
    wm.verify(
        postRequestedFor(urlEqualTo("/accounts")).withRequestBody(equalToJson(body(2000, 2500))));
    assertThat(r.results())
        .extracting(ItemResult::id)
        .containsExactlyElementsOf(
            IntStream.range(0, 2500).mapToObj(OrtecFixtures::id).collect(Collectors.toList()));
    assertThat(r.results().get(999).batch()).isEqualTo(1);
    assertThat(r.results().get(1000).batch()).isEqualTo(2);
    assertThat(r.results().get(2499).batch()).isEqualTo(3);
    assertThat(r.failures())
        .extracting(ItemResult::id, f -> f.error().orElseThrow())
        .containsExactly(
            tuple(id(999), "e999"), tuple(id(1000), "e1000"), tuple(id(2499), "e2499"));
    assertThat(r.batchFailures()).isEmpty();
  }

  @Test
  void sendsBatchesInSubmittedOrderOneAtATimeByDefault() {
    wm.stubFor(batchStartingAt(0).willReturn(allOk(2)));
    wm.stubFor(batchStartingAt(2).willReturn(allOk(2)));
    wm.stubFor(batchStartingAt(4).willReturn(allOk(1)));

    BatchResult r = client(2).accounts().submit(actions(5));

    List<String> firstIds =
        wm.getAllServeEvents().stream()
            .map(e -> e.getRequest().getBodyAsString())
            .map(b -> b.substring(b.indexOf("user-"), b.indexOf("@")))
            .collect(Collectors.toList());
    assertThat(firstIds).containsExactly("user-4", "user-2", "user-0"); // newest first
    wm.verify(postRequestedFor(urlEqualTo("/accounts")).withRequestBody(equalToJson(body(4, 5))));
    assertThat(r.allSucceeded()).isTrue();
  }

  /** The ways a whole batch can fail, each as WireMock answers it and as the client reports it. */
  enum BatchFault {
    REFUSED_KEY(1, AuthenticationException.class) {
      @Override
      ResponseDefinitionBuilder answer() {
        return aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"invalid feed or apikey\"}");
      }
    },
    SERVER_ERROR_AFTER_RETRIES(3, ServerException.class) {
      @Override
      ResponseDefinitionBuilder answer() {
        return aResponse().withStatus(503);
      }
    },
    CONNECTION_RESET(3, ApiTransportException.class) {
      @Override
      ResponseDefinitionBuilder answer() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
      }
    },
    MISALIGNED_ANSWER(1, ApiSerializationException.class) {
      @Override
      ResponseDefinitionBuilder answer() {
        return allOk(1);
      }
    };

    final int attempts;
    final Class<? extends ApiException> cause;

    BatchFault(int attempts, Class<? extends ApiException> cause) {
      this.attempts = attempts;
      this.cause = cause;
    }

    abstract ResponseDefinitionBuilder answer();
  }

  static Stream<Arguments> faultsAndModes() {
    return Stream.of(BatchFault.values())
        .flatMap(f -> Stream.of(Mode.values()).map(m -> Arguments.of(f, m)));
  }

  private static BatchFailedException failed(Mode mode, OrtecClient c, List<AccountAction> a) {
    return catchThrowableOfType(BatchFailedException.class, () -> submit(mode, c, a));
  }

  @ParameterizedTest
  @MethodSource("faultsAndModes")
  void aFailedMiddleBatchThrowsWithThePictureOfEveryAction(BatchFault fault, Mode mode) {
    wm.stubFor(batchStartingAt(0).willReturn(results(2, i -> i == 1 ? "e1" : null)));
    wm.stubFor(batchStartingAt(2).willReturn(fault.answer()));
    wm.stubFor(batchStartingAt(4).willReturn(allOk(1)));

    BatchFailedException e = failed(mode, client(2), actions(5));

    assertThat(e).isInstanceOf(ApiException.class).hasCauseInstanceOf(fault.cause);
    assertThat(e.failure().batch()).isEqualTo(2);
    assertThat(e.failure().sent()).isTrue();
    assertThat(e.failure().cause()).isSameAs(e.getCause());
    assertThat(e)
        .hasMessageStartingWith("batch 2 of 3 (actions 3\u20134) failed: ")
        .hasMessageEndingWith("(1 confirmed, 1 failed, 2 not confirmed, 1 not sent)")
        .hasMessageNotContaining(OrtecFixtures.API_KEY);
    BatchResult r = e.result();
    assertThat(r.results())
        .extracting(ItemResult::id, ItemResult::outcome)
        .containsExactly(
            tuple(id(0), ItemOutcome.CONFIRMED),
            tuple(id(1), ItemOutcome.FAILED),
            tuple(id(2), ItemOutcome.NOT_CONFIRMED),
            tuple(id(3), ItemOutcome.NOT_CONFIRMED),
            tuple(id(4), ItemOutcome.NOT_SENT));
    assertThat(r.results().get(1).error()).contains("e1");
    assertThat(r.results().get(2).error().orElseThrow()).startsWith("not confirmed: batch 2 of 3");
    assertThat(r.results().get(4).error())
        .contains("not sent: stopped after batch 2 of 3 (actions 3\u20134) failed");
    assertThat(r.results().get(4).sent()).isFalse();
    assertThat(r.batchFailures())
        .extracting(BatchFailure::batch, BatchFailure::sent)
        .containsExactly(tuple(2, true), tuple(3, false));
    assertThat(r.allSucceeded()).isFalse();
    wm.verify(1, sentBatchStartingAt(0));
    wm.verify(fault.attempts, sentBatchStartingAt(2));
    wm.verify(0, sentBatchStartingAt(4));
  }

  @ParameterizedTest
  @MethodSource("faultsAndModes")
  void aSingleBatchThatFailsThrowsWithItsActionsNotConfirmed(BatchFault fault, Mode mode) {
    wm.stubFor(post("/accounts").willReturn(fault.answer()));
    List<AccountAction> two =
        List.of(AccountAction.upsert(account(0)), AccountAction.delete(id(1)));

    BatchFailedException e = failed(mode, client(), two);

    assertThat(e.getCause()).isInstanceOf(fault.cause);
    assertThat(e.result().results())
        .extracting(ItemResult::action, ItemResult::outcome)
        .containsExactly(
            tuple(two.get(0), ItemOutcome.NOT_CONFIRMED),
            tuple(two.get(1), ItemOutcome.NOT_CONFIRMED));
    wm.verify(fault.attempts, postRequestedFor(urlEqualTo("/accounts")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aMisalignedAnswerNamesTheBatchAndIsNeverShiftedOntoOtherActions(Mode mode) {
    wm.stubFor(batchStartingAt(0).willReturn(allOk(1000)));
    wm.stubFor(batchStartingAt(1000).willReturn(allOk(999)));
    wm.stubFor(batchStartingAt(2000).willReturn(allOk(500)));

    BatchFailedException e = failed(mode, client(), actions(2500));

    String expected = "batch 2 of 3 (actions 1001\u20132000): expected 1000 results, got 999";
    assertThat(e.getCause()).isInstanceOf(ApiSerializationException.class).hasMessage(expected);
    BatchFailure f = e.failure();
    assertThat(f.batch()).isEqualTo(2);
    assertThat(f.batchCount()).isEqualTo(3);
    assertThat(f.fromIndex()).isEqualTo(1000);
    assertThat(f.toIndex()).isEqualTo(2000);
    BatchResult r = e.result();
    assertThat(r.results()).hasSize(2500);
    assertThat(r.count(ItemOutcome.CONFIRMED)).isEqualTo(1000);
    assertThat(r.results().subList(0, 1000)).allMatch(ItemResult::ok);
    assertThat(r.results().subList(1000, 2000))
        .allSatisfy(i -> assertThat(i.error()).contains("not confirmed: " + expected));
    assertThat(r.count(ItemOutcome.NOT_SENT)).isEqualTo(500);
    wm.verify(2, postRequestedFor(urlEqualTo("/accounts")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"results\":[{\"status\":\"ok\"},{\"status\":\"ok\"},{\"status\":\"ok\"}]}"
            + "|batch 1 of 1 (actions 1\u20132): expected 2 results, got 3",
        "{}|batch 1 of 1 (actions 1\u20132): expected a JSON object with a results array",
        "[]|batch 1 of 1 (actions 1\u20132): expected a JSON object with a results array",
        "{\"results\":\"ok\"}|batch 1 of 1 (actions 1\u20132): expected a JSON object with a results"
            + " array",
        "{\"error\":\"bad feed\"}|batch 1 of 1 (actions 1\u20132): expected a JSON object with a"
            + " results array but it has an error field instead",
        "{\"results\":[{\"status\":\"ok\"},\"ok\"]}|batch 1 of 1 (actions 1\u20132): result 2 is"
            + " not a JSON object",
        "{\"results\": [|batch 1 of 1 (actions 1\u20132): ortec.accounts.submit: cannot read JSON"
      })
  void rejectsResponsesThatAreNotTheDocumentedShape(String response, String message) {
    wm.stubFor(post("/accounts").willReturn(okJson(response)));

    BatchFailedException e = failed(Mode.BLOCKING, client(), actions(2));

    assertThat(e.getCause())
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageStartingWith(message);
    assertThat(e.result().results()).noneMatch(ItemResult::confirmed);
  }

  @Test
  void anEmptySuccessBodyIsASerializationFailureOfTheBatch() {
    wm.stubFor(post("/accounts").willReturn(aResponse().withStatus(200)));

    BatchFailedException e = failed(Mode.BLOCKING, client(), actions(1));

    assertThat(e.getCause())
        .isInstanceOf(ApiSerializationException.class)
        .hasMessageStartingWith("batch 1 of 1 (action 1): expected a response body");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesAnUpsertAndDeleteBatchAfterA503(Mode mode) {
    wm.stubFor(
        post("/accounts")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        post("/accounts").inScenario("flaky").whenScenarioStateIs("up").willReturn(allOk(2)));
    List<AccountAction> upsertAndDelete =
        List.of(AccountAction.upsert(account(0)), AccountAction.delete(id(1)));

    BatchResult r = submit(mode, client(), upsertAndDelete);

    wm.verify(2, postRequestedFor(urlEqualTo("/accounts")));
    assertThat(delayer.delays()).hasSize(1);
    assertThat(r.allSucceeded()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void doesNotRetryABatchHoldingAnInsertOrUpdate(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(aResponse().withStatus(503)));
    List<AccountAction> withInsert =
        List.of(AccountAction.upsert(account(0)), AccountAction.insert(account(1)));
    List<AccountAction> withUpdate = List.of(AccountAction.update(account(2)));

    BatchFailedException inserted = failed(mode, client(), withInsert);
    BatchFailedException updated = failed(mode, client(), withUpdate);

    wm.verify(2, postRequestedFor(urlEqualTo("/accounts")));
    assertThat(delayer.delays()).isEmpty();
    assertThat(inserted.getCause())
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("[ortec.accounts.submitOnce]");
    assertThat(updated.result().results().get(0).outcome()).isEqualTo(ItemOutcome.NOT_CONFIRMED);
  }

  @Test
  void choosesRetriesPerBatch() {
    wm.stubFor(
        batchStartingAt(0)
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    wm.stubFor(
        batchStartingAt(0).inScenario("flaky").whenScenarioStateIs("up").willReturn(allOk(2)));
    wm.stubFor(batchStartingAt(2).willReturn(aResponse().withStatus(503)));
    List<AccountAction> actions =
        List.of(
            AccountAction.upsert(account(0)),
            AccountAction.delete(id(1)),
            AccountAction.insert(account(2)));

    BatchFailedException e = failed(Mode.BLOCKING, client(2), actions);

    wm.verify(2, sentBatchStartingAt(0));
    wm.verify(1, sentBatchStartingAt(2));
    assertThat(e.failure().batch()).isEqualTo(2);
    assertThat(e.result().results())
        .extracting(ItemResult::outcome)
        .containsExactly(ItemOutcome.CONFIRMED, ItemOutcome.CONFIRMED, ItemOutcome.NOT_CONFIRMED);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTransportFailureOfAnInsertBatchIsThrownWithoutARetry(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    BatchFailedException e = failed(mode, client(), List.of(AccountAction.insert(account(0))));

    wm.verify(1, postRequestedFor(urlEqualTo("/accounts")));
    assertThat(e.getCause()).isInstanceOf(ApiTransportException.class);
    assertThat(e.result().results().get(0).error().orElseThrow())
        .startsWith("not confirmed: batch 1 of 1 (action 1) failed: ");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void stopsSendingAfterTheCredentialsAreRejected(Mode mode) {
    wm.stubFor(post("/accounts").willReturn(aResponse().withStatus(401)));

    BatchFailedException e = failed(mode, client(2), actions(5));

    wm.verify(1, postRequestedFor(urlEqualTo("/accounts")));
    assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
    BatchResult r = e.result();
    assertThat(r.results()).hasSize(5).noneMatch(ItemResult::ok);
    assertThat(r.batchFailures())
        .extracting(BatchFailure::batch, BatchFailure::sent)
        .containsExactly(tuple(1, true), tuple(2, false), tuple(3, false));
    assertThat(r.batchFailures())
        .allSatisfy(f -> assertThat(f.cause()).isInstanceOf(AuthenticationException.class));
    assertThat(r.results().get(4).error())
        .contains("not sent: stopped after batch 1 of 3 (actions 1\u20132) failed");
    assertThat(r.batchFailures().get(2).toString())
        .startsWith("batch 3 of 3 (action 5) not sent: POST /accounts -> 401");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void runsBatchesConcurrentlyAndKeepsTheSubmittedOrder(Mode mode) {
    for (int first = 0; first < 20; first += 2) {
      int batch = first / 2 + 1;
      wm.stubFor(batchStartingAt(first).willReturn(results(2, i -> i == 1 ? "b" + batch : null)));
    }
    OrtecClient c = OrtecFixtures.client(wm, delayer).batchSize(2).batchConcurrency(3).build();

    BatchResult r = submit(mode, c, actions(20));

    wm.verify(10, postRequestedFor(urlEqualTo("/accounts")));
    assertThat(r.results())
        .extracting(ItemResult::id)
        .containsExactlyElementsOf(
            IntStream.range(0, 20).mapToObj(OrtecFixtures::id).collect(Collectors.toList()));
    for (int i = 0; i < 20; i++) {
      ItemResult item = r.results().get(i);
      int batch = i / 2 + 1;
      assertThat(item.batch()).isEqualTo(batch);
      assertThat(item.error()).isEqualTo(i % 2 == 1 ? Optional.of("b" + batch) : Optional.empty());
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailureAmongConcurrentBatchesStartsNoFurtherBatchAndKeepsWhatWasAnswered(Mode mode) {
    for (int first = 0; first < 20; first += 2) {
      int batch = first / 2 + 1;
      wm.stubFor(
          batchStartingAt(first).willReturn(batch == 4 ? aResponse().withStatus(500) : allOk(2)));
    }
    OrtecClient c = OrtecFixtures.client(wm, delayer).batchSize(2).batchConcurrency(3).build();

    BatchFailedException e = failed(mode, c, actions(20));

    assertThat(e.getCause()).isInstanceOf(ServerException.class);
    assertThat(e.failure().batch()).isEqualTo(4);
    List<ItemResult> items = e.result().results();
    assertThat(items).hasSize(20);
    for (int first = 0; first < 20; first += 2) {
      int batch = first / 2 + 1;
      ItemOutcome outcome = items.get(first).outcome();
      assertThat(items.get(first + 1).outcome()).as("batch %d", batch).isEqualTo(outcome);
      int requests = wm.findAll(sentBatchStartingAt(first)).size();
      if (batch == 4) {
        assertThat(outcome).isEqualTo(ItemOutcome.NOT_CONFIRMED);
      } else {
        // Batches in flight when batch 4 failed are answered; later ones are never sent.
        assertThat(outcome)
            .as("batch %d", batch)
            .isEqualTo(requests == 0 ? ItemOutcome.NOT_SENT : ItemOutcome.CONFIRMED);
      }
      if (batch <= 4) {
        assertThat(requests).as("batch %d", batch).isPositive();
      }
    }
  }

  @Test
  void sendsBatchesInOrderWhenAnIdRepeatsAcrossThemDespiteConcurrency() {
    List<AccountAction> actions =
        List.of(
            AccountAction.upsert(account(0)),
            AccountAction.upsert(account(1)),
            AccountAction.delete(id(0)),
            AccountAction.upsert(account(3)));
    wm.stubFor(
        batchStartingAt(0)
            .withRequestBody(matchingJsonPath("$.accounts[0].action", equalTo("upsert")))
            .inScenario("order")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(allOk(2))
            .willSetStateTo("first batch done"));
    wm.stubFor(
        batchStartingAt(0)
            .withRequestBody(matchingJsonPath("$.accounts[0].action", equalTo("delete")))
            .inScenario("order")
            .whenScenarioStateIs("first batch done")
            .willReturn(allOk(2)));
    OrtecClient c = OrtecFixtures.client(wm, delayer).batchSize(2).batchConcurrency(2).build();

    BatchResult r = c.accounts().submitAsync(actions).join();

    assertThat(r.allSucceeded()).isTrue();
    assertThat(Batch.idsSpanBatches(Batch.split(actions, 2))).isTrue();
    assertThat(Batch.idsSpanBatches(Batch.split(actions, 4))).isFalse();
  }
}
