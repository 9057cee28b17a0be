package io.peoplesync.springest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.peoplesync.core.ApiSerializationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.ManualClock;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsersApiTest {
  static final String KEY = "s3cr+t/k=y&x y";
  static final String ENCODED_KEY = "s3cr%2Bt/k%3Dy%26x%20y";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static SpringestClient client() {
    return SpringestClient.builder()
        .site("exampleorganisation", "nl")
        .baseUri(URI.create(wm.baseUrl()))
        .apiKey(KEY)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static String fixture(String name) {
    return Fixtures.read(UsersApiTest.class, "users/" + name);
  }

  static SpringestUser ann() {
    return SpringestUser.builder()
        .externalId("E-1")
        .email("ann@example.com")
        .gender(Gender.FEMALE)
        .firstName("Ann")
        .lastName("de Vries")
        .phoneNumber("+31 20 123 4567")
        .birthdate(LocalDate.of(1990, 2, 28))
        .birthplace("Utrecht")
        .companyName("Example BV")
        .address("Keizersgracht")
        .houseNumber("12a")
        .zipCode("1015 CS")
        .city("Amsterdam")
        .country("NL")
        .active(true)
        .jobTitle("Marketer")
        .departmentName("Marketing")
        .businessUnit("Benelux")
        .costCenter("CC-42")
        .costCenterName("Marketing NL")
        .addApprover(Approver.of("boss@example.com", ApproverLabel.MANAGER))
        .addApprover(
            Approver.builder()
                .email("second@example.com")
                .label(ApproverLabel.NON_APPROVING_MANAGER)
                .canApprove(false)
                .build())
        .addApprover(
            Approver.builder()
                .email("top@example.com")
                .label(ApproverLabel.HIGHER_MANAGER)
                .canApprove(true)
                .build())
        .addTag("Marketer")
        .addTag("Netherlands")
        .addTag("department-1")
        .employmentStartDate(LocalDate.of(2024, 3, 1))
        .employmentEndDate(LocalDate.of(2026, 12, 31))
        .build();
  }

  private static void stubSave(String body) {
    wm.stubFor(
        post(urlPathEqualTo("/users.json"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static void verifySaved(String expectedBody) {
    wm.verify(
        postRequestedFor(urlEqualTo("/users.json?api_key=" + ENCODED_KEY))
            .withQueryParam("api_key", equalTo(KEY))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson(expectedBody, false, false)));
  }

  static Stream<Arguments> validationErrorShapes() {
    return Stream.of(
        Arguments.of(
            "{\"errors\": {\"email\": [\"is invalid\", \"is taken\"], \"approvers\": \"not found\"}}",
            Map.of("email", List.of("is invalid", "is taken"), "approvers", List.of("not found"))),
        Arguments.of(
            "{\"email\": [\"is invalid\"], \"birthdate\": [\"is not a date\"], \"status\": 400}",
            Map.of("email", List.of("is invalid"), "birthdate", List.of("is not a date"))),
        Arguments.of(
            "[\"Email is invalid\", \"Approver does not exist\"]",
            Map.of("", List.of("Email is invalid", "Approver does not exist"))),
        Arguments.of(
            "{\"errors\": [\"Email is invalid\"]}", Map.of("", List.of("Email is invalid"))),
        Arguments.of(
            "{\"errors\": {\"base\": [\"User limit reached\"], \"approvers\": {\"email\": [\"x\"]}}}",
            Map.of("", List.of("User limit reached"), "approvers.email", List.of("x"))));
  }

  @Nested
  class Save {
    @ParameterizedTest
    @EnumSource(Mode.class)
    void savesEveryDocumentedFieldWithTheEncodedApiKey(Mode mode) {
      stubSave("12345");
      UsersApi users = client().users();
      SpringestUser ann = ann();

      SpringestUserRef ref = mode.call(() -> users.save(ann), () -> users.saveAsync(ann));

      assertThat(ref.id()).isEqualTo("12345");
      verifySaved(fixture("save-full-request.json"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void replaceSendsEveryDocumentedFieldAndClearsTheOnesNotSet(Mode mode) {
      stubSave("1");
      UsersApi users = client().users();
      SpringestUser onlyId = SpringestUser.builder().externalId("E-1").build();

      mode.call(() -> users.replace(onlyId), () -> users.replaceAsync(onlyId));
      mode.call(() -> users.save(onlyId), () -> users.saveAsync(onlyId));

      wm.verify(2, postRequestedFor(urlPathEqualTo("/users.json")));
      verifySaved(fixture("replace-cleared-request.json"));
    }

    @Test
    void replaceSendsTheSameFullBodyAsSave() {
      stubSave("1");

      client().users().replace(ann());

      verifySaved(fixture("save-full-request.json"));
    }

    @Test
    void replaceLeavesOutAnUnsetExternalIdAndSendsTheEmailThatIdentifiesTheUser() {
      stubSave("1");

      client().users().replace(SpringestUser.builder().email("ann@example.com").build());

      wm.verify(
          postRequestedFor(urlPathEqualTo("/users.json"))
              .withRequestBody(
                  equalToJson(
                      fixture("replace-cleared-request.json")
                          .replace("\"external_id\": \"E-1\",\n", "")
                          .replace("\"email\": \"\"", "\"email\": \"ann@example.com\""),
                      false,
                      false)));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void mergeLeavesOutFieldsThatWereNotSet(Mode mode) {
      stubSave("1");
      UsersApi users = client().users();
      SpringestUser onlyId = SpringestUser.builder().externalId("E-1").build();

      mode.call(() -> users.merge(onlyId), () -> users.mergeAsync(onlyId));

      verifySaved(fixture("merge-minimal-request.json"));
    }

    @Test
    void mergeSendsFieldsSetToEmptySoThatSpringestBlanksThem() {
      stubSave("1");

      client()
          .users()
          .merge(
              SpringestUser.builder()
                  .externalId("E-1")
                  .email("ann@example.com")
                  .firstName("")
                  .jobTitle(Optional.of(""))
                  .lastName(Optional.empty())
                  .clearApprovers(true)
                  .clearTags(true)
                  .build());

      verifySaved(fixture("merge-emptied-request.json"));
    }

    @Test
    void mergeSendsEveryFieldThatIsSet() {
      stubSave("1");

      client().users().merge(ann());

      verifySaved(fixture("save-full-request.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "\"12345\"", "{\"id\": 12345}", "{\"id\": \"12345\"}"})
    void readsTheNewIdFromEachResponseShape(String body) {
      stubSave(body);

      assertThat(client().users().save(ann()).id()).isEqualTo("12345");
    }

    @Test
    void readsABareIdSentAsPlainText() {
      wm.stubFor(
          post(urlPathEqualTo("/users.json"))
              .willReturn(
                  aResponse()
                      .withStatus(201)
                      .withHeader("Content-Type", "text/plain")
                      .withBody("12345")));

      assertThat(client().users().save(ann()).id()).isEqualTo("12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"user\": {}}", "[]", "{\"id\": null}", "true"})
    void aSaveAnswerWithoutAnIdIsASerializationErrorNamingTheEndpoint(String body) {
      stubSave(body);

      assertThatThrownBy(() -> client().users().save(ann()))
          .isInstanceOf(ApiSerializationException.class)
          .hasMessageContaining("springest.users.save")
          .hasMessageNotContaining(KEY)
          .hasMessageNotContaining(ENCODED_KEY);
    }

    @ParameterizedTest
    @MethodSource("io.peoplesync.springest.UsersApiTest#validationErrorShapes")
    void mapsEachValidationErrorShapeIntoFieldErrors(
        String body, Map<String, List<String>> expected) {
      wm.stubFor(
          post(urlPathEqualTo("/users.json"))
              .willReturn(
                  aResponse()
                      .withStatus(400)
                      .withHeader("Content-Type", "application/json")
                      .withBody(body)));

      BadRequestException e =
          catchThrowableOfType(BadRequestException.class, () -> client().users().save(ann()));

      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.fieldErrors()).isEqualTo(expected);
      assertThat(e).hasMessage("POST /users.json -> 400 Bad Request [springest.users.save]");
    }

    @Test
    void keepsTheVendorMessageOfAnErrorObject() {
      wm.stubFor(
          post(urlPathEqualTo("/users.json"))
              .willReturn(
                  aResponse()
                      .withStatus(400)
                      .withHeader("Content-Type", "application/json")
                      .withBody("{\"status\": 400, \"error\": \"Bad Request\"}")));

      BadRequestException e =
          catchThrowableOfType(BadRequestException.class, () -> client().users().save(ann()));

      assertThat(e.vendorMessage()).contains("Bad Request");
      assertThat(e.fieldErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void retriesASaveAfterAOneOffServerErrorBecauseTheUpsertIsIdempotent(int status) {
      wm.stubFor(
          post(urlPathEqualTo("/users.json"))
              .inScenario("flaky")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(status))
              .willSetStateTo("recovered"));
      wm.stubFor(
          post(urlPathEqualTo("/users.json"))
              .inScenario("flaky")
              .whenScenarioStateIs("recovered")
              .willReturn(aResponse().withStatus(201).withBody("77")));
      RecordingDelayer delayer = new RecordingDelayer();
      SpringestClient c =
          SpringestClient.builder()
              .baseUri(URI.create(wm.baseUrl()))
              .apiKey(KEY)
              .delayer(delayer)
              .clock(new ManualClock())
              .build();

      assertThat(c.users().save(ann()).id()).isEqualTo("77");

      wm.verify(2, postRequestedFor(urlEqualTo("/users.json?api_key=" + ENCODED_KEY)));
      assertThat(delayer.delays()).hasSize(1);
    }
  }

  @Nested
  class FindByExternalId {
    @ParameterizedTest
    @EnumSource(Mode.class)
    void findsAUserByExternalId(Mode mode) {
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .withQueryParam("external_id", equalTo("E-1"))
              .willReturn(okJson(fixture("find-200.json"))));
      UsersApi users = client().users();

      Optional<SpringestUserStatus> found =
          mode.call(() -> users.findByExternalId("E-1"), () -> users.findByExternalIdAsync("E-1"));

      assertThat(found).isPresent();
      SpringestUserStatus status = found.get();
      assertThat(status.id()).isEqualTo("4711");
      assertThat(status.externalId()).contains("E-1");
      assertThat(status.email()).contains("ann@example.com");
      assertThat(status.active()).contains(true);
      assertThat(status.learningTrackStatus()).contains(LearningTrackStatus.EXPIRING_SOON);
      assertThat(status.rawLearningTrackStatus()).contains("expiring_soon");
      assertThat(status.extras()).containsEntry("created_at", "2024-03-01T09:00:00Z");
      wm.verify(
          getRequestedFor(urlEqualTo("/users.json?external_id=E-1&api_key=" + ENCODED_KEY))
              .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void encodesTheExternalIdInTheQuery() {
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .withQueryParam("external_id", equalTo("E 1&x=ä"))
              .willReturn(okJson("{\"id\": 1}")));

      assertThat(client().users().findByExternalId("E 1&x=ä")).isPresent();

      wm.verify(
          getRequestedFor(
              urlEqualTo("/users.json?external_id=E%201%26x%3D%C3%A4&api_key=" + ENCODED_KEY)));
    }

    @Test
    void takesTheFirstMatchWhenSpringestAnswersAList() {
      wm.stubFor(
          get(urlPathEqualTo("/users.json")).willReturn(okJson(fixture("find-200-array.json"))));

      SpringestUserStatus status = client().users().findByExternalId("E-1").orElseThrow();

      assertThat(status.id()).isEqualTo("4711");
      assertThat(status.active()).contains(false);
      assertThat(status.learningTrackStatus()).contains(LearningTrackStatus.COMPLETED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"false\"", "false", "\"FALSE\""})
    void readsActiveFromAStringOrABoolean(String active) {
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .willReturn(okJson("{\"id\": \"1\", \"active\": " + active + "}")));

      assertThat(client().users().findByExternalId("E-1").orElseThrow().active()).contains(false);
    }

    @Test
    void keepsAnUnknownLearningTrackStatusReadable() {
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .willReturn(okJson("{\"id\": \"1\", \"learning_track_status\": \"paused\"}")));

      SpringestUserStatus status = client().users().findByExternalId("E-1").orElseThrow();

      assertThat(status.learningTrackStatus()).contains(LearningTrackStatus.UNKNOWN);
      assertThat(status.rawLearningTrackStatus()).contains("paused");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void answersEmptyWhenSpringestDoesNotKnowTheUser(Mode mode) {
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .withQueryParam("external_id", equalTo("404"))
              .willReturn(aResponse().withStatus(404).withBody("{\"error\": \"not found\"}")));
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .withQueryParam("external_id", equalTo("blank"))
              .willReturn(aResponse().withStatus(200)));
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .withQueryParam("external_id", equalTo("list"))
              .willReturn(okJson("[]")));
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .withQueryParam("external_id", equalTo("null"))
              .willReturn(okJson("null")));
      UsersApi users = client().users();

      for (String id : List.of("404", "blank", "list", "null")) {
        assertThat(
                mode.call(() -> users.findByExternalId(id), () -> users.findByExternalIdAsync(id)))
            .as(id)
            .isEmpty();
      }
    }

    @Test
    void readsBackStoredValuesThatBreakTheSendRules() {
      wm.stubFor(
          get(urlPathEqualTo("/users.json"))
              .willReturn(
                  okJson(
                      "{\"id\": 9, \"external_id\": \" \", \"user_email\": \"not an address\","
                          + " \"active\": null, \"learning_track_status\": \"\", \"x\": null}")));

      SpringestUserStatus status = client().users().findByExternalId("E-1").orElseThrow();

      assertThat(status.id()).isEqualTo("9");
      assertThat(status.externalId()).contains(" ");
      assertThat(status.email()).contains("not an address");
      assertThat(status.active()).isEmpty();
      assertThat(status.extras()).containsKey("x");
      SpringestUser user = status.toUser();
      assertThat(user.email()).contains("not an address");
      assertThatThrownBy(() -> client().users().merge(user))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("email must be an e-mail address like name@example.com");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aUserLookedUpChangedAndMergedBackSendsNoServerField(Mode mode) {
      wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(okJson(fixture("find-200.json"))));
      stubSave("4711");
      UsersApi users = client().users();

      SpringestUserStatus found =
          mode.call(() -> users.findByExternalId("E-1"), () -> users.findByExternalIdAsync("E-1"))
              .orElseThrow();
      SpringestUser changed = SpringestUser.builder().from(found.toUser()).active(false).build();
      SpringestUserRef ref = mode.call(() -> users.merge(changed), () -> users.mergeAsync(changed));

      assertThat(ref.id()).isEqualTo(found.id());
      verifySaved(fixture("merge-changed-request.json"));
    }

    @Test
    void rejectsABlankExternalIdBeforeSending() {
      assertThatThrownBy(() -> client().users().findByExternalId(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("externalId must not be blank");
      assertThatThrownBy(() -> client().users().findByExternalIdAsync(""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("externalId must not be blank");
      assertThat(wm.getAllServeEvents()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deactivatesALeaverByReplacingTheCompleteRecord(Mode mode) {
    stubSave("{\"id\": 4711}");
    SpringestUser current =
        SpringestUser.builder()
            .externalId("E-1")
            .email("ann@example.com")
            .firstName("Ann")
            .active(true)
            .addTag("marketer")
            .build();
    LocalDate last = LocalDate.of(2026, 6, 30);
    UsersApi users = client().users();

    SpringestUserRef ref =
        mode.call(
            () -> users.deactivate(current, last), () -> users.deactivateAsync(current, last));

    assertThat(ref.id()).isEqualTo("4711");
    verifySaved(fixture("deactivate-request.json"));
  }
}
