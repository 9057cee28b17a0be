package io.peoplesync.springest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.RawBody;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.Fault;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(FakeVendorsExtension.class)
class SpringestFakeIntegrationTest {
  private static final String BOSS = "boss@example.com";

  private static SpringestClient client(FakeSpringest fake) {
    return client(fake, fake.apiKey(), new RecordingDelayer());
  }

  private static SpringestClient client(
      FakeSpringest fake, String apiKey, RecordingDelayer delayer) {
    return SpringestClient.builder()
        .baseUri(fake.baseUri())
        .apiKey(apiKey)
        .delayer(delayer)
        .build();
  }

  private static SpringestUser ann() {
    return SpringestUser.builder()
        .externalId("E-1")
        .email("ann@example.com")
        .firstName("Ann")
        .lastName("de Vries")
        .jobTitle("Marketer")
        .departmentName("Marketing")
        .costCenter("CC-42")
        .addApprover(Approver.of(BOSS, ApproverLabel.MANAGER))
        .addTag("Marketer")
        .addTag("Netherlands")
        .employmentStartDate(LocalDate.of(2024, 3, 1))
        .build();
  }

  private static Map<String, Object> stored(FakeSpringest fake, String externalId) {
    return fake.user(externalId).orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void hiresChangesAndDeactivatesAUser(Mode mode, FakeSpringest fake) {
    fake.seedApprover(BOSS);
    UsersApi users = client(fake).users();
    SpringestUser hired = ann();

    SpringestUserRef ref = mode.call(() -> users.save(hired), () -> users.saveAsync(hired));

    assertThat(fake.idOf("E-1")).contains(ref.id());
    assertThat(stored(fake, "E-1"))
        .containsEntry("job_title", "Marketer")
        .containsEntry("tags", List.of("marketer", "netherlands"))
        .containsEntry("active", true)
        .containsEntry(
            "approvers", List.of(Map.of("email", BOSS, "label", "Manager", "can_approve", true)));
    SpringestUserStatus status =
        mode.call(() -> users.findByExternalId("E-1"), () -> users.findByExternalIdAsync("E-1"))
            .orElseThrow();
    assertThat(status.id()).isEqualTo(ref.id());
    assertThat(status.email()).contains("ann@example.com");
    assertThat(status.active()).contains(true);
    assertThat(status.learningTrackStatus()).contains(LearningTrackStatus.NO_TRACKS_ASSIGNED);

    SpringestUser moved =
        SpringestUser.builder().from(hired).jobTitle("Team lead").departmentName("Sales").build();
    assertThat(mode.call(() -> users.save(moved), () -> users.saveAsync(moved))).isEqualTo(ref);
    assertThat(fake.users()).hasSize(2);
    assertThat(stored(fake, "E-1"))
        .containsEntry("job_title", "Team lead")
        .containsEntry("department_name", "Sales");

    LocalDate end = LocalDate.of(2026, 6, 30);
    SpringestUserRef left =
        mode.call(() -> users.deactivate(moved, end), () -> users.deactivateAsync(moved, end));

    assertThat(left).isEqualTo(ref);
    assertThat(stored(fake, "E-1"))
        .containsEntry("active", false)
        .containsEntry("employment_end_date", "2026-06-30")
        .containsEntry("job_title", "Team lead");
    assertThat(users.findByExternalId("E-1").flatMap(SpringestUserStatus::active)).contains(false);
    assertThat(users.findByExternalId("E-2")).isEmpty();
  }

  private static SpringestUser annWithEverythingHrMayRemove() {
    return SpringestUser.builder()
        .from(ann())
        .phoneNumber("+31 6 1234 5678")
        .gender(Gender.FEMALE)
        .birthdate(LocalDate.of(1990, 2, 28))
        .employmentEndDate(LocalDate.of(2026, 12, 31))
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aReplaceClearsEveryFieldHrNoLongerHas(Mode mode, FakeSpringest fake) {
    fake.seedApprover(BOSS);
    UsersApi users = client(fake).users();
    String id = users.save(annWithEverythingHrMayRemove()).id();
    fake.setLearningTrackStatus("E-1", "completed");
    SpringestUser now =
        SpringestUser.builder()
            .externalId("E-1")
            .email("ann@example.com")
            .firstName("Ann")
            .lastName("de Vries")
            .jobTitle("Marketer")
            .build();

    assertThat(mode.call(() -> users.replace(now), () -> users.replaceAsync(now)).id())
        .isEqualTo(id);

    Map<String, Object> stored = stored(fake, "E-1");
    assertThat(stored)
        .containsEntry("first_name", "Ann")
        .containsEntry("job_title", "Marketer")
        .containsEntry("phone_number", "")
        .containsEntry("gender", "")
        .containsEntry("birthdate", "")
        .containsEntry("department_name", "")
        .containsEntry("cost_center", "")
        .containsEntry("approvers", List.of())
        .containsEntry("tags", List.of())
        .containsEntry("employment_start_date", null)
        .containsEntry("employment_end_date", null)
        .containsEntry("active", true);
    assertThat(users.findByExternalId("E-1").flatMap(SpringestUserStatus::learningTrackStatus))
        .contains(LearningTrackStatus.COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aMergeChangesOnlyTheFieldsSetAndSpringestKeepsTheRest(Mode mode, FakeSpringest fake) {
    fake.seedApprover(BOSS);
    UsersApi users = client(fake).users();
    users.save(annWithEverythingHrMayRemove());
    Map<String, Object> before = stored(fake, "E-1");
    SpringestUser promoted =
        SpringestUser.builder().externalId("E-1").jobTitle("Team lead").phoneNumber("").build();

    mode.call(() -> users.merge(promoted), () -> users.mergeAsync(promoted));

    Map<String, Object> expected = new LinkedHashMap<>(before);
    expected.put("job_title", "Team lead");
    expected.put("phone_number", "");
    assertThat(stored(fake, "E-1")).isEqualTo(expected);
    JsonNode sent = fake.requests().get(fake.requests().size() - 1).jsonBody();
    assertThat(sent.fieldNames())
        .toIterable()
        .containsExactly("external_id", "phone_number", "job_title");
  }

  @Test
  void aUserLookedUpChangedAndMergedBackIsAccepted(FakeSpringest fake) {
    fake.seedApprover(BOSS);
    UsersApi users = client(fake).users();
    users.save(ann());
    Map<String, Object> before = stored(fake, "E-1");

    SpringestUserStatus found = users.findByExternalId("E-1").orElseThrow();
    SpringestUser changed = SpringestUser.builder().from(found.toUser()).active(false).build();
    users.merge(changed);

    Map<String, Object> expected = new LinkedHashMap<>(before);
    expected.put("active", false);
    assertThat(stored(fake, "E-1")).isEqualTo(expected);
    assertThat(users.findByExternalId("E-1").flatMap(SpringestUserStatus::active)).contains(false);
  }

  @Test
  void matchesAUserOnEmailUntilItHasAnExternalId(FakeSpringest fake) {
    UsersApi users = client(fake).users();
    SpringestUser byEmail =
        SpringestUser.builder().email("bob@example.com").firstName("Bob").build();
    String id = users.save(byEmail).id();
    assertThat(users.findByExternalId("E-7")).isEmpty();

    SpringestUser withId = SpringestUser.builder().from(byEmail).externalId("E-7").build();

    assertThat(users.save(withId).id()).isEqualTo(id);
    assertThat(fake.users()).containsOnlyKeys(id);
    assertThat(users.findByExternalId("E-7").map(SpringestUserStatus::id)).contains(id);
  }

  @Test
  void looksUpAUserSavedWithoutEmail(FakeSpringest fake) {
    UsersApi users = client(fake).users();

    String id = users.save(SpringestUser.builder().externalId("E-8").build()).id();

    SpringestUserStatus status = users.findByExternalId("E-8").orElseThrow();
    assertThat(status.id()).isEqualTo(id);
    assertThat(status.email()).contains("");
    assertThat(status.active()).contains(true);
    assertThat(fake.user("E-8").orElseThrow())
        .containsEntry("external_id", "E-8")
        .containsEntry("email", "")
        .containsEntry("active", true)
        .containsEntry("tags", List.of())
        .hasSize(UserJson.FIELDS.size());
  }

  @Test
  void rejectsApproversWhoAreNotActiveUsersOfTheSite(FakeSpringest fake) {
    fake.seed(Map.of("email", "gone@example.com", "active", false));
    SpringestUser user =
        SpringestUser.builder()
            .from(ann())
            .approvers(
                List.of(
                    Approver.of("nobody@example.com", ApproverLabel.MANAGER),
                    Approver.of("gone@example.com", ApproverLabel.HIGHER_MANAGER)))
            .build();

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client(fake).users().save(user));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.fieldErrors())
        .isEqualTo(
            Map.of(
                "approvers",
                List.of(
                    "nobody@example.com is not an active user",
                    "gone@example.com is not an active user")));
    assertThat(fake.user("E-1")).isEmpty();
    assertThat(fake.users()).hasSize(1);
  }

  @Test
  void rejectsAUserWithNeitherEmailNorExternalIdSentRaw(FakeSpringest fake) {
    SpringestClient springest = client(fake);

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () ->
                springest
                    .raw()
                    .send(
                        HttpMethod.POST,
                        "/users.json",
                        Optional.of(RawBody.of("{\"first_name\": \"Ann\"}"))));

    assertThat(e.fieldErrors())
        .isEqualTo(Map.of("", List.of("email or external_id must be present")));
    assertThat(fake.users()).isEmpty();
  }

  @Test
  void aWrongApiKeyIsAnAuthenticationException(FakeSpringest fake) {
    fake.useApiKey("s3cr+t/k=y&x y");
    String wrong = "s3cr t/k=y&x y";
    UsersApi users = client(fake, wrong, new RecordingDelayer()).users();

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> users.save(ann()));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.vendorMessage()).contains("Invalid API key");
    assertThat(e).hasMessageNotContaining(wrong);
    assertThat(
            catchThrowableOfType(
                AuthenticationException.class, () -> users.findByExternalId("E-1")))
        .isNotNull();
    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.users()).isEmpty();
    assertThat(client(fake).users().findByExternalId("E-1")).isEmpty();
  }

  @Test
  void savesOnEverySiteAndReportsTheSiteWithAWrongKey(
      FakeSpringest nl, FakeSpringest de, FakeSpringest be) {
    nl.useApiKey("key-nl+1").seedApprover(BOSS);
    de.useApiKey("key-de/2").seedApprover(BOSS);
    be.useApiKey("key-be=3").seedApprover(BOSS);
    SpringestSites sites =
        SpringestSites.builder()
            .add("nl", client(nl))
            .add("de", client(de, "key-nl+1", new RecordingDelayer()))
            .add("be", client(be))
            .build();

    SaveReport report = sites.saveEverywhere(ann());

    assertThat(report.results()).extracting(SiteResult::ok).containsExactly(true, false, true);
    assertThat(report.result("de").flatMap(SiteResult::error).orElseThrow())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageNotContaining("key-nl+1");
    assertThat(report.result("nl").flatMap(SiteResult::ref).map(SpringestUserRef::id))
        .isEqualTo(nl.idOf("E-1"));
    assertThat(report.result("be").flatMap(SiteResult::ref).map(SpringestUserRef::id))
        .isEqualTo(be.idOf("E-1"));
    assertThat(de.user("E-1")).isEmpty();
    assertThat(nl.user("E-1")).isEqualTo(be.user("E-1"));
  }

  static Stream<Arguments> faultsAndModes() {
    return Stream.of(Fault.values())
        .flatMap(f -> Stream.of(Mode.values()).map(m -> Arguments.of(f, m)));
  }

  @ParameterizedTest
  @MethodSource("faultsAndModes")
  void recoversFromEachFaultByRetryingTheIdempotentSave(
      Fault fault, Mode mode, FakeSpringest fake) {
    fake.seedApprover(BOSS);
    RecordingDelayer delayer = new RecordingDelayer();
    UsersApi users = client(fake, fake.apiKey(), delayer).users();
    fake.failNext(1, fault);

    SpringestUserRef ref = mode.call(() -> users.save(ann()), () -> users.saveAsync(ann()));

    assertThat(fake.idOf("E-1")).contains(ref.id());
    assertThat(fake.users()).hasSize(2);
    assertThat(fake.requests()).extracting(RecordedRequest::method).containsExactly("POST", "POST");
    assertThat(delayer.delays()).hasSize(1);
    if (fault == Fault.RATE_LIMITED) {
      assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(1));
    }
  }
}
