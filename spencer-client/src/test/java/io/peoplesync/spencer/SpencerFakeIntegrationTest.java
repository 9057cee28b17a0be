package io.peoplesync.spencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.ConflictException;
import io.peoplesync.core.HttpMethod;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RawBody;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.Mode;
import io.peoplesync.core.testing.RecordingDelayer;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.Fault;
import io.peoplesync.testkit.spencer.FakeSpencer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Spencer client end to end against the testkit's stateful {@link FakeSpencer}. */
@ExtendWith(FakeVendorsExtension.class)
class SpencerFakeIntegrationTest {
  private static final String ANN = "E-1001";
  private static final Instant LEFT = Instant.parse("2026-03-31T17:00:00Z");

  private final RecordingDelayer delayer = new RecordingDelayer();

  private SpencerClient client(FakeSpencer fake) {
    return client(fake, fake.clientSecret());
  }

  private SpencerClient client(FakeSpencer fake, String secret) {
    return SpencerClient.builder()
        .baseUri(fake.baseUri())
        .tokenUri(fake.tokenUri())
        .clientCredentials(fake.clientId(), secret)
        .delayer(delayer)
        .build();
  }

  private static SpencerUser ann() {
    return SpencerUser.builder()
        .externalId(ANN)
        .firstName("Ann")
        .lastName("Smith")
        .email("ann.smith@example.com")
        .putJobTitle("en-US", "Developer")
        .putJobTitle("nl-BE", "Ontwikkelaar")
        .putDepartment("en-US", "Engineering")
        .addTag("mkt")
        .build();
  }

  private static UserTag marketing(String name) {
    return UserTag.builder().id("mkt").putTranslation("en-US", name).build();
  }

  private static long count(FakeSpencer fake, String method, String path) {
    return fake.requests().stream()
        .filter(r -> r.method().equals(method) && r.rawPath().equals(path))
        .count();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void hiresChangesArchivesAndDeletesAUser(Mode mode, FakeSpencer fake) {
    UsersApi users = client(fake).users();
    SpencerUser hired = mode.call(() -> users.create(ann()), () -> users.createAsync(ann()));

    assertThat(hired.extras()).containsKeys("id", "created_at", "updated_at");
    assertThat(mode.call(() -> users.exists(ANN), () -> users.existsAsync(ANN))).isTrue();
    assertThat(users.get(ANN).jobTitle())
        .containsExactly(Map.entry("en-US", "Developer"), Map.entry("nl-BE", "Ontwikkelaar"));

    SpencerUser changed =
        SpencerUser.builder()
            .from(mode.call(() -> users.get(ANN), () -> users.getAsync(ANN)))
            .jobTitle(Map.of("en-US", "Lead developer"))
            .department(Map.of("en-US", "Platform"))
            .build();
    mode.call(() -> users.update(ANN, changed), () -> users.updateAsync(ANN, changed));

    SpencerUser read = users.get(ANN);
    assertThat(read.jobTitle()).containsExactly(Map.entry("en-US", "Lead developer"));
    assertThat(read.department()).containsExactly(Map.entry("en-US", "Platform"));
    assertThat(read.tags()).containsExactly("mkt");
    assertThat(fake.user(ANN).orElseThrow().path("job_title")).hasSize(1);

    SpencerUser archived =
        mode.call(() -> users.archive(ANN, LEFT), () -> users.archiveAsync(ANN, LEFT));
    assertThat(archived.archivedAt()).contains(LEFT);
    assertThat(users.get(ANN).archivedAt()).contains(LEFT);
    assertThat(users.exists(ANN)).isTrue();
    assertThat(fake.user(ANN).orElseThrow().path("archived_at").asText())
        .isEqualTo("2026-03-31T17:00:00Z");

    mode.run(() -> users.delete(ANN), () -> users.deleteAsync(ANN));
    assertThat(users.exists(ANN)).isFalse();
    assertThatThrownBy(() -> users.get(ANN)).isInstanceOf(NotFoundException.class);
    assertThat(fake.users()).isEmpty();
    assertThat(fake.tokenRequests()).isEqualTo(1);
    assertThat(delayer.delays()).isEmpty();
  }

  @Test
  void keepsUserTagsAndRefusesDuplicates(FakeSpencer fake) {
    UserTagsApi tags = client(fake).userTags();
    assertThat(tags.exists("mkt")).isFalse();

    UserTag created = tags.create(marketing("Marketing"));
    assertThat(created.permanent()).contains(false);
    assertThat(created.extras()).containsKeys("created_at", "updated_at");
    UserTag asReturned =
        tags.update("mkt", UserTag.builder().from(created).permanent(false).build());
    assertThat(asReturned.translations()).containsExactly(Map.entry("en-US", "Marketing"));
    assertThat(tags.exists("mkt")).isTrue();
    assertThatThrownBy(() -> tags.create(marketing("Again"))).isInstanceOf(ConflictException.class);

    UserTag renamed =
        UserTag.builder()
            .id("mkt")
            .putTranslation("en-US", "Marketing & Sales")
            .putTranslation("nl-BE", "Marketing & Verkoop")
            .permanent(true)
            .build();
    assertThat(tags.update("mkt", renamed).translations()).isEqualTo(renamed.translations());
    assertThat(fake.tag("mkt").orElseThrow().path("is_permanent").asBoolean()).isTrue();
    assertThat(fake.tags()).containsOnlyKeys("mkt");
    assertThatThrownBy(
            () -> tags.update("ops", UserTag.builder().from(marketing("Ops")).id("ops").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void writesBackWhatItReadAlthoughTheFakeRefusesServerFields(Mode mode, FakeSpencer fake) {
    SpencerClient spencer = client(fake);
    UsersApi users = spencer.users();
    users.create(ann());
    users.setProfilePicture(ANN, new byte[] {1, 2, 3});
    SpencerUser read = users.get(ANN);
    assertThat(read.extras()).containsKeys("id", "created_at", "updated_at", "profile_picture");

    BadRequestException asIs =
        catchThrowableOfType(
            BadRequestException.class,
            () ->
                spencer
                    .raw()
                    .send(
                        HttpMethod.PUT,
                        "/users/" + ANN,
                        Optional.of(RawBody.of(fake.user(ANN).orElseThrow().toString()))));
    assertThat(asIs.fieldErrors())
        .containsKeys("id", "created_at", "updated_at", "profile_picture");

    SpencerUser renamed = SpencerUser.builder().from(read).lastName("Smith-Jones").build();
    SpencerUser updated =
        mode.call(() -> users.update(ANN, renamed), () -> users.updateAsync(ANN, renamed));
    assertThat(updated.lastName()).contains("Smith-Jones");
    assertThat(updated.extras().get("id")).isEqualTo(read.extras().get("id"));
    assertThat(updated.extras().get("profile_picture"))
        .isEqualTo(read.extras().get("profile_picture"));
    mode.call(() -> users.archive(ANN, LEFT), () -> users.archiveAsync(ANN, LEFT));
    assertThat(fake.user(ANN).orElseThrow().path("archived_at").asText())
        .isEqualTo("2026-03-31T17:00:00Z");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void returnsWhatItSentWhenWritesAreAnsweredWithoutBody(Mode mode, FakeSpencer fake) {
    SpencerClient spencer = client(fake);
    UsersApi users = spencer.users();
    fake.answerWritesWithoutBody(true);

    SpencerUser created = mode.call(() -> users.create(ann()), () -> users.createAsync(ann()));
    SpencerUser renamed = SpencerUser.builder().from(users.get(ANN)).lastName("Jones").build();
    SpencerUser updated =
        mode.call(() -> users.update(ANN, renamed), () -> users.updateAsync(ANN, renamed));
    SpencerUser archived =
        mode.call(() -> users.archive(ANN, LEFT), () -> users.archiveAsync(ANN, LEFT));
    UserTag tag =
        mode.call(
            () -> spencer.userTags().create(marketing("Marketing")),
            () -> spencer.userTags().createAsync(marketing("Marketing")));
    UserTag renamedTag =
        mode.call(
            () -> spencer.userTags().update("mkt", marketing("Sales")),
            () -> spencer.userTags().updateAsync("mkt", marketing("Sales")));
    NewsDraft draft = NewsDraft.builder().putTitle("en-US", "Town hall").build();
    NewsDraft saved =
        mode.call(
            () -> spencer.news().createDraft(draft), () -> spencer.news().createDraftAsync(draft));

    assertThat(created).isEqualTo(ann());
    assertThat(updated.lastName()).contains("Jones");
    assertThat(updated.extras()).doesNotContainKeys("id", "created_at", "updated_at");
    assertThat(archived.archivedAt()).contains(LEFT);
    assertThat(tag).isEqualTo(marketing("Marketing"));
    assertThat(renamedTag).isEqualTo(marketing("Sales"));
    assertThat(saved).isEqualTo(draft);
    assertThat(fake.user(ANN).orElseThrow().path("last_name").asText()).isEqualTo("Jones");
    assertThat(fake.user(ANN).orElseThrow().path("archived_at").asText())
        .isEqualTo("2026-03-31T17:00:00Z");
    assertThat(fake.tag("mkt").orElseThrow().path("translations").get(0).path("name").asText())
        .isEqualTo("Sales");
    assertThat(fake.drafts()).hasSize(1);
    assertThat(count(fake, "POST", "/users")).isEqualTo(1);
  }

  @Test
  void answersConflictAndNotFoundForUsers(FakeSpencer fake) {
    UsersApi users = client(fake).users();
    users.create(ann());

    assertThatThrownBy(() -> users.create(ann())).isInstanceOf(ConflictException.class);
    assertThat(users.exists("E-404")).isFalse();
    assertThatThrownBy(() -> users.get("E-404")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                users.update(
                    "E-404", SpencerUser.builder().from(ann()).externalId("E-404").build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> users.delete("E-404")).isInstanceOf(NotFoundException.class);
    assertThat(fake.users()).containsOnlyKeys(ANN);
  }

  @Test
  void refusesToChangeAUserNotCreatedThroughTheApi(FakeSpencer fake) {
    fake.seedBackOfficeUser("E-0500", "Bo", "Office");
    UsersApi users = client(fake).users();

    assertThat(users.exists("E-0500")).isTrue();
    SpencerUser bo = users.get("E-0500");
    assertThat(bo.firstName()).contains("Bo");

    for (Runnable change :
        List.<Runnable>of(
            () ->
                users.update("E-0500", SpencerUser.builder().from(bo).lastName("Changed").build()),
            () -> users.archive("E-0500", LEFT),
            () -> users.delete("E-0500"))) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, change::run);
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.vendorCode()).contains("forbidden");
    }
    assertThat(fake.user("E-0500").orElseThrow().path("last_name").asText()).isEqualTo("Office");
    assertThat(fake.user("E-0500").orElseThrow().has("archived_at")).isFalse();
    assertThat(fake.createdThroughApi("E-0500")).isFalse();
  }

  @Test
  void rejectsTextsWithoutEnUsAndStringsOver255Characters(FakeSpencer fake) {
    SpencerClient spencer = client(fake);
    SpencerUser noEnUsUser =
        SpencerUser.builder().externalId("E-7").putJobTitle("nl-BE", "Analist").build();
    assertThatThrownBy(() -> spencer.users().create(noEnUsUser))
        .as("the client stops it before sending")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jobTitle must have an entry for en-US");
    assertThat(fake.requests()).isEmpty();

    BadRequestException noEnUs =
        rawPost(
            spencer,
            "/users",
            "{\"external_id\":\"E-7\",\"job_title\":[{\"locale\":\"nl-BE\",\"value\":\"Analist\"}]}");
    assertThat(noEnUs.fieldErrors()).containsEntry("job_title", List.of("en-US is required"));

    BadRequestException tagNoEnUs =
        rawPost(
            spencer,
            "/users/tags",
            "{\"id\":\"fin\",\"translations\":[{\"locale\":\"fr-BE\",\"name\":\"Finance\"}]}");
    assertThat(tagNoEnUs.fieldErrors()).containsKey("translations");

    BadRequestException tooLong =
        rawPost(
            spencer,
            "/users",
            "{\"external_id\":\"E-8\",\"first_name\":\"" + "x".repeat(256) + "\"}");
    assertThat(tooLong.fieldErrors())
        .containsEntry("first_name", List.of("must be at most 255 characters"));

    assertThat(fake.users()).isEmpty();
    assertThat(fake.tags()).isEmpty();
  }

  private static BadRequestException rawPost(SpencerClient spencer, String path, String json) {
    return catchThrowableOfType(
        BadRequestException.class,
        () -> spencer.raw().send(HttpMethod.POST, path, Optional.of(RawBody.of(json))));
  }

  @Test
  void readsAUserTheBackOfficeStoredAgainstTheSendRules(FakeSpencer fake) {
    String longName = "B".repeat(300);
    fake.seedBackOfficeUser("E-0600", longName, "Office");

    SpencerUser read = client(fake).users().get("E-0600");

    assertThat(read.firstName()).contains(longName);
    assertThatThrownBy(() -> client(fake).users().update("E-0600", read))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstName must be at most 255 characters (was 300)");
    assertThat(count(fake, "PUT", "/users/E-0600")).isZero();
  }

  @Test
  void storesTheLatestProfilePicture(FakeSpencer fake) {
    UsersApi users = client(fake).users();
    users.create(ann());
    byte[] image = "\u0089PNG not really".getBytes(StandardCharsets.UTF_8);

    assertThat(users.setProfilePicture(ANN, new byte[] {1, 2, 3})).startsWith("https://");
    users.setProfilePicture(ANN, image);

    assertThat(fake.profilePicture(ANN)).hasValue(image);
    assertThatThrownBy(() -> users.setProfilePicture("E-404", image))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void keepsNewsDraftsOutOfPublicationsUntilPublished(FakeSpencer fake) {
    NewsApi news = client(fake).news();
    NewsDraft draft =
        NewsDraft.builder()
            .putTitle("en-US", "Town hall on Friday")
            .putBody("en-US", "Join us in the atrium at 4 pm. ".repeat(20))
            .addUserListId(FakeSpencer.DEFAULT_USER_LIST_ID)
            .build();

    NewsDraft saved = news.createDraft(draft);
    assertThat(saved.id()).isPresent();
    assertThat(saved.extras()).containsKeys("status", "created_at");
    NewsDraft copy = news.createDraft(saved);
    assertThat(copy.id()).isPresent().isNotEqualTo(saved.id());
    assertThat(news.publications(NewsQuery.all())).isEmpty();

    fake.publish(saved.id().orElseThrow());
    List<NewsPublication> all = news.publications(NewsQuery.all());
    assertThat(all).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo(draft.title()));
    assertThat(fake.drafts()).hasSize(2);
    assertThat(news.publicationsForUserList(FakeSpencer.DEFAULT_USER_LIST_ID)).hasSize(1);
    Instant later = Instant.now().plus(Duration.ofHours(1));
    assertThat(news.publications(NewsQuery.builder().publishedAfter(later).build())).isEmpty();

    assertThatThrownBy(() -> news.publicationsForUserList("no-such-list"))
        .isInstanceOf(NotFoundException.class);
    BadRequestException unknownList =
        catchThrowableOfType(
            BadRequestException.class,
            () -> news.createDraft(NewsDraft.builder().from(draft).addUserListId("x").build()));
    assertThat(unknownList.fieldErrors()).containsKey("user_list_ids");
  }

  /** Auth failures, token refresh, and the client's retries against each fault switch. */
  @Nested
  class AuthAndRetries {
    @Test
    void failsWithAuthenticationExceptionOnAWrongSecret(FakeSpencer fake) {
      String wrong = "not-the-secret-7731";

      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class, () -> client(fake, wrong).users().exists(ANN));

      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.vendorCode()).contains("invalid_client");
      assertThat(e).hasMessageNotContaining(wrong);
      assertThat(fake.requests()).allMatch(r -> r.rawPath().endsWith("/access_token"));
      assertThat(fake.activeTokens()).isZero();
    }

    @Test
    void refreshesARevokedTokenAndReplaysTheCallOnce(FakeSpencer fake) {
      UsersApi users = client(fake).users();
      users.create(ann());
      fake.revokeTokens();

      assertThat(users.get(ANN).firstName()).contains("Ann");

      assertThat(fake.tokenRequests()).isEqualTo(2);
      assertThat(count(fake, "GET", "/users/" + ANN)).isEqualTo(2);
      assertThat(delayer.delays()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void recoversFromRateLimitingEvenOnACreate(Mode mode, FakeSpencer fake) {
      UsersApi users = client(fake).users();
      assertThat(users.exists(ANN)).isFalse();
      fake.failNext(1, Fault.RATE_LIMITED);

      mode.call(() -> users.create(ann()), () -> users.createAsync(ann()));

      assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(1));
      assertThat(count(fake, "POST", "/users")).isEqualTo(2);
      assertThat(fake.users()).containsOnlyKeys(ANN);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void recoversFromAnUnavailableSpencerOnARead(Mode mode, FakeSpencer fake) {
      UsersApi users = client(fake).users();
      users.create(ann());
      fake.failNext(2, Fault.UNAVAILABLE);

      SpencerUser read = mode.call(() -> users.get(ANN), () -> users.getAsync(ANN));

      assertThat(read.firstName()).contains("Ann");
      assertThat(delayer.delays()).hasSize(2);
      assertThat(delayer.delays().get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
      assertThat(delayer.delays().get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
      assertThat(count(fake, "GET", "/users/" + ANN)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void recoversFromADroppedConnectionOnAnUpdate(Mode mode, FakeSpencer fake) {
      UsersApi users = client(fake).users();
      users.create(ann());
      SpencerUser renamed = SpencerUser.builder().from(ann()).lastName("Smith-Jones").build();
      fake.failNext(1, Fault.DROP_CONNECTION);

      mode.call(() -> users.update(ANN, renamed), () -> users.updateAsync(ANN, renamed));

      assertThat(delayer.delays()).hasSize(1);
      assertThat(count(fake, "PUT", "/users/" + ANN)).isEqualTo(2);
      assertThat(fake.user(ANN).orElseThrow().path("last_name").asText()).isEqualTo("Smith-Jones");
    }

    @Test
    void neverRepeatsACreateThatMayHaveReachedSpencer(FakeSpencer fake) {
      UsersApi users = client(fake).users();
      assertThat(users.exists(ANN)).isFalse();

      fake.failNext(1, Fault.UNAVAILABLE);
      assertThatThrownBy(() -> users.create(ann())).isInstanceOf(ServerException.class);
      fake.failNext(1, Fault.DROP_CONNECTION);
      ApiTransportException dropped =
          catchThrowableOfType(ApiTransportException.class, () -> users.create(ann()));

      assertThat(dropped.mayHaveReachedServer()).isTrue();
      assertThat(delayer.delays()).isEmpty();
      assertThat(count(fake, "POST", "/users")).isEqualTo(2);
      assertThat(fake.users()).isEmpty();
    }

    @Test
    void givesUpAfterThreeAttemptsWhenSpencerStaysUnavailable(FakeSpencer fake) {
      UsersApi users = client(fake).users();
      users.create(ann());
      fake.failNext(3, Fault.UNAVAILABLE);

      ApiResponseException e = catchThrowableOfType(ServerException.class, () -> users.get(ANN));

      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(delayer.delays()).hasSize(2);
      assertThat(count(fake, "GET", "/users/" + ANN)).isEqualTo(3);
    }
  }
}
