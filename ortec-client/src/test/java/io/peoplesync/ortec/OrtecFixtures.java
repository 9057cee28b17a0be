package io.peoplesync.ortec;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.RecordingDelayer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Shared setup of the ORTEC tests: a client on WireMock and generated batches. */
final class OrtecFixtures {
  static final String FEED = "hr-feed";
  static final String API_KEY = "test-ortec-key-7f3a9c";
  static final ObjectMapper JSON = new ObjectMapper();

  private OrtecFixtures() {}

  /** Returns a builder for a client on {@code wm} that retries up to 3 attempts without waiting. */
  static OrtecClient.Builder client(WireMockExtension wm, RecordingDelayer delayer) {
    return OrtecClient.builder()
        .baseUri(URI.create(wm.baseUrl()))
        .feed(FEED)
        .apiKey(API_KEY)
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(100))
                .jitter(0)
                .build())
        .delayer(delayer);
  }

  /** Returns the id of generated action {@code i}. */
  static String id(int i) {
    return "user-" + i + "@example.com";
  }

  /** Returns {@code n} actions: upserts carrying their index, and every tenth one a delete. */
  static List<AccountAction> actions(int n) {
    List<AccountAction> actions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      actions.add(
          i % 10 == 9
              ? AccountAction.delete(id(i))
              : AccountAction.upsert(OrtecAccount.builder().id(id(i)).put("index", i).build()));
    }
    return actions;
  }

  /** Returns the exact body expected for the generated actions {@code from} to {@code to}. */
  static String body(int from, int to) {
    ObjectNode body = JSON.createObjectNode().put("feed", FEED).put("apikey", API_KEY);
    ArrayNode accounts = body.putArray("accounts");
    for (int i = from; i < to; i++) {
      ObjectNode a = accounts.addObject();
      if (i % 10 == 9) {
        a.put("action", "delete").put("id", id(i));
      } else {
        a.put("action", "upsert").put("id", id(i)).put("index", i);
      }
    }
    return body.toString();
  }

  /** Returns a response with {@code n} results; {@code error} gives a result's error or null. */
  static ResponseDefinitionBuilder results(int n, IntFunction<String> error) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode results = body.putArray("results");
    for (int i = 0; i < n; i++) {
      String e = error.apply(i);
      if (e == null) {
        results.addObject().put("status", "ok");
      } else {
        results.addObject().put("error", e);
      }
    }
    return okJson(body.toString());
  }

  /** Returns a response with {@code n} ok results. */
  static ResponseDefinitionBuilder allOk(int n) {
    return results(n, i -> null);
  }

  /** Matches a sent batch whose first generated action is {@code first}. */
  static RequestPatternBuilder sentBatchStartingAt(int first) {
    return postRequestedFor(urlEqualTo("/accounts"))
        .withRequestBody(matchingJsonPath("$.accounts[0].id", equalTo(id(first))));
  }

  /** Matches the POST of the batch whose first generated action is {@code first}. */
  static MappingBuilder batchStartingAt(int first) {
    return post(urlEqualTo("/accounts"))
        .withRequestBody(matchingJsonPath("$.accounts[0].id", equalTo(id(first))));
  }
}
