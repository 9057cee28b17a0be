package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.peoplesync.spencer.SpencerFixtures.API;
import static io.peoplesync.spencer.SpencerFixtures.TOKEN;
import static io.peoplesync.spencer.SpencerFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ApiResponseException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.ConflictException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.Mode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UsersApiTest {
  @RegisterExtension static WireMockExtension wm = SpencerFixtures.wireMock();

  private static final byte[] IMAGE = "\u0089PNG fake image bytes".getBytes(StandardCharsets.UTF_8);
  private static final String MEDIA = Base64.getEncoder().encodeToString(IMAGE);

  private final SpencerClient spencer = SpencerFixtures.client(wm);
  private final UsersApi users = spencer.users();

  static SpencerUser ann() {
    return SpencerUser.builder()
        .externalId("E-1001")
        .firstName("Ann")
        .lastName("Smith")
        .email("ann.smith@example.com")
        .mobile("+32488063309")
        .country("BE")
        .preferredLanguage("nl-BE")
        .authenticationType(AuthenticationType.COMPANY_ACCOUNT)
        .authenticationId("ann.smith@example.com")
        .manager("E-0007")
        .defaultSite("ANTWERP-HQ")
        .putJobTitle("en-US", "Developer")
        .putJobTitle("nl-BE", "Ontwikkelaar")
        .putDepartment("en-US", "Engineering")
        .addTags("mkt", "ELT")
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createsUserWithBearerTokenAndExactSnakeCaseBody(Mode mode) {
    wm.stubFor(
        post(API + "/users").willReturn(okJson(fixture("users/create-201.json")).withStatus(201)));

    SpencerUser created = mode.call(() -> users.create(ann()), () -> users.createAsync(ann()));

    assertThat(created.externalId()).isEqualTo("E-1001");
    assertThat(created.jobTitle()).containsEntry("nl-BE", "Ontwikkelaar");
    assertThat(created.authenticationKind()).contains(AuthenticationType.COMPANY_ACCOUNT);
    assertThat(created.extras()).containsEntry("created_at", "2026-01-01T09:30:00Z");
    wm.verify(
        postRequestedFor(urlEqualTo(API + "/users"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withHeader("Accept", equalTo("application/json"))
            .withRequestBody(equalToJson(fixture("users/create-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getsUserAndWritesItBackWithoutTheFieldsSpencerSetsItself(Mode mode) {
    wm.stubFor(get(API + "/users/E-2002").willReturn(okJson(fixture("users/get-200.json"))));
    wm.stubFor(put(API + "/users/E-2002").willReturn(okJson(fixture("users/get-200.json"))));

    SpencerUser bob = mode.call(() -> users.get("E-2002"), () -> users.getAsync("E-2002"));
    SpencerUser updated =
        mode.call(() -> users.update("E-2002", bob), () -> users.updateAsync("E-2002", bob));

    assertThat(bob.authenticationType()).contains("magic_link");
    assertThat(bob.authenticationKind()).contains(AuthenticationType.UNKNOWN);
    assertThat(bob.extras())
        .containsKeys(
            "badge", "contract_hours", "id", "created_at", "updated_at", "profile_picture");
    assertThat(updated).isEqualTo(bob);
    wm.verify(
        putRequestedFor(urlEqualTo(API + "/users/E-2002"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(equalToJson(fixture("users/update-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void writesBackAUserChangedWithTheBuilderWithoutServerFields(Mode mode) {
    wm.stubFor(get(API + "/users/E-2002").willReturn(okJson(fixture("users/get-200.json"))));
    wm.stubFor(put(API + "/users/E-2002").willReturn(aResponse().withStatus(204)));
    SpencerUser changed =
        SpencerUser.builder().from(users.get("E-2002")).lastName("Jones-Smith").build();

    SpencerUser answer =
        mode.call(
            () -> users.update("E-2002", changed), () -> users.updateAsync("E-2002", changed));

    assertThat(answer.lastName()).contains("Jones-Smith");
    assertThat(answer.extras()).containsOnlyKeys("badge", "contract_hours");
    wm.verify(
        putRequestedFor(urlEqualTo(API + "/users/E-2002"))
            .withRequestBody(
                equalToJson(
                    fixture("users/update-request.json").replace("\"Jones\"", "\"Jones-Smith\""))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void readsAStoredUserThatBreaksEverySendRule(Mode mode) {
    String longName = "n".repeat(300);
    wm.stubFor(
        get(API + "/users/E-4004")
            .willReturn(
                okJson(
                    "{\"external_id\":\"E-4004\",\"first_name\":\""
                        + longName
                        + "\",\"manager\":\"\",\"job_title\":"
                        + "[{\"locale\":\"nl-BE\",\"value\":\"Verpleegkundige\"}],"
                        + "\"department\":[{\"locale\":\"en-US\",\"value\":\" \"}],"
                        + "\"tags\":[\"\",\"icu\"]}")));

    SpencerUser u = mode.call(() -> users.get("E-4004"), () -> users.getAsync("E-4004"));

    assertThat(u.firstName()).contains(longName);
    assertThat(u.manager()).contains("");
    assertThat(u.jobTitle()).containsExactly(Map.entry("nl-BE", "Verpleegkundige"));
    assertThat(u.department()).containsExactly(Map.entry("en-US", " "));
    assertThat(u.tags()).containsExactly("", "icu");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void returnsTheSentUserWhenACreateIsAnsweredWithAnEmpty201(Mode mode) {
    wm.stubFor(post(API + "/users").willReturn(aResponse().withStatus(201)));
    SpencerUser withServerFields =
        SpencerUser.builder().from(ann()).putExtra("created_at", "2026-01-01T09:30:00Z").build();

    SpencerUser created =
        mode.call(() -> users.create(withServerFields), () -> users.createAsync(withServerFields));

    assertThat(created).isEqualTo(ann());
    wm.verify(
        1,
        postRequestedFor(urlEqualTo(API + "/users"))
            .withRequestBody(equalToJson(fixture("users/create-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void returnsTheSentUserWhenAnUpdateIsAnsweredWithAnEmptyObjectOr204(Mode mode) {
    wm.stubFor(put(API + "/users/E-1001").willReturn(okJson("{}")));
    wm.stubFor(put(API + "/users/E-1002").willReturn(aResponse().withStatus(204)));
    SpencerUser other = SpencerUser.builder().from(ann()).externalId("E-1002").build();

    assertThat(
            mode.call(
                () -> users.update("E-1001", ann()), () -> users.updateAsync("E-1001", ann())))
        .isEqualTo(ann());
    assertThat(
            mode.call(
                () -> users.update("E-1002", other), () -> users.updateAsync("E-1002", other)))
        .isEqualTo(other);
  }

  @Test
  void stillThrowsNotFoundWhenAnUpdateAnswers404WithoutABody() {
    wm.stubFor(put(API + "/users/E-1001").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> users.update("E-1001", ann())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void readsTranslatableTextsInEveryToleratedShape() {
    wm.stubFor(get(API + "/users/E-3003").willReturn(okJson(fixture("users/lenient-200.json"))));

    SpencerUser u = users.get("E-3003");

    assertThat(u.jobTitle()).containsExactly(Map.entry("en-US", "Nurse"), entryNl());
    assertThat(u.department()).containsExactly(Map.entry("en-US", "Care"));
    assertThat(u.division()).containsExactly(Map.entry("en-US", "Hospitals"));
    assertThat(u.region()).isEmpty();
    assertThat(u.extras()).containsEntry("legacy_code", null);
    assertThat(u.tags()).containsExactly("icu");
  }

  @Test
  void sendsBackAnUnknownFieldSpencerAnsweredAsNull() {
    wm.stubFor(get(API + "/users/E-3003").willReturn(okJson(fixture("users/lenient-200.json"))));
    wm.stubFor(put(API + "/users/E-3003").willReturn(aResponse().withStatus(204)));

    users.update("E-3003", users.get("E-3003"));

    wm.verify(
        putRequestedFor(urlEqualTo(API + "/users/E-3003"))
            .withRequestBody(
                equalToJson(
                    "{\"external_id\":\"E-3003\",\"legacy_code\":null,\"tags\":[\"icu\"],"
                        + "\"job_title\":[{\"locale\":\"en-US\",\"value\":\"Nurse\"},"
                        + "{\"locale\":\"nl-BE\",\"value\":\"Verpleegkundige\"}],"
                        + "\"department\":[{\"locale\":\"en-US\",\"value\":\"Care\"}],"
                        + "\"division\":[{\"locale\":\"en-US\",\"value\":\"Hospitals\"}]}")));
  }

  private static Map.Entry<String, String> entryNl() {
    return Map.entry("nl-BE", "Verpleegkundige");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void archivesByPuttingTheReadUserBackWithArchivedAtAndNoServerFields(Mode mode) {
    Instant when = Instant.parse("2026-03-31T17:00:00Z");
    wm.stubFor(get(API + "/users/E-2002").willReturn(okJson(fixture("users/get-200.json"))));
    wm.stubFor(
        put(API + "/users/E-2002").willReturn(okJson(fixture("users/archive-request.json"))));

    SpencerUser archived =
        mode.call(() -> users.archive("E-2002", when), () -> users.archiveAsync("E-2002", when));

    assertThat(archived.archivedAt()).contains(when);
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/users/E-2002")));
    wm.verify(
        1,
        putRequestedFor(urlEqualTo(API + "/users/E-2002"))
            .withRequestBody(equalToJson(fixture("users/archive-request.json"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void archivesWhenTheUpdateIsAnsweredWithAnEmpty204(Mode mode) {
    Instant when = Instant.parse("2026-03-31T17:00:00Z");
    wm.stubFor(get(API + "/users/E-2002").willReturn(okJson(fixture("users/get-200.json"))));
    wm.stubFor(put(API + "/users/E-2002").willReturn(aResponse().withStatus(204)));

    SpencerUser archived =
        mode.call(() -> users.archive("E-2002", when), () -> users.archiveAsync("E-2002", when));

    assertThat(archived.archivedAt()).contains(when);
    assertThat(archived.extras()).doesNotContainKeys("id", "created_at", "updated_at");
  }

  @Test
  void refusesToArchiveAStoredUserThatBreaksARuleAfterOnlyTheFetch() {
    wm.stubFor(
        get(API + "/users/E-4004")
            .willReturn(
                okJson("{\"external_id\":\"E-4004\",\"last_name\":\"" + "l".repeat(256) + "\"}")));

    assertThatThrownBy(() -> users.archive("E-4004", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lastName must be at most 255 characters (was 256)");
    wm.verify(1, getRequestedFor(urlEqualTo(API + "/users/E-4004")));
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deletesUserWhetherTheAnswerIsEmptyOrAnEmptyObject(Mode mode) {
    wm.stubFor(delete(API + "/users/E-1").willReturn(okJson("{}").withStatus(204)));
    wm.stubFor(delete(API + "/users/E-2").willReturn(aResponse().withStatus(204)));

    mode.run(() -> users.delete("E-1"), () -> users.deleteAsync("E-1"));
    mode.run(() -> users.delete("E-2"), () -> users.deleteAsync("E-2"));

    wm.verify(
        deleteRequestedFor(urlEqualTo(API + "/users/E-1"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    wm.verify(deleteRequestedFor(urlEqualTo(API + "/users/E-2")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void answersExistsFromTheHeadStatus(Mode mode) {
    wm.stubFor(head(urlEqualTo(API + "/users/here")).willReturn(aResponse().withStatus(200)));
    wm.stubFor(head(urlEqualTo(API + "/users/gone")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(head(urlEqualTo(API + "/users/boom")).willReturn(aResponse().withStatus(500)));
    wm.stubFor(head(urlEqualTo(API + "/users/deny")).willReturn(aResponse().withStatus(403)));

    assertThat(mode.call(() -> users.exists("here"), () -> users.existsAsync("here"))).isTrue();
    assertThat(mode.call(() -> users.exists("gone"), () -> users.existsAsync("gone"))).isFalse();
    assertThatThrownBy(() -> mode.call(() -> users.exists("boom"), () -> users.existsAsync("boom")))
        .isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> mode.call(() -> users.exists("deny"), () -> users.existsAsync("deny")))
        .isInstanceOf(AuthenticationException.class);
    wm.verify(
        headRequestedFor(urlEqualTo(API + "/users/here"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void encodesTheUserIdAsOnePathSegment() {
    wm.stubFor(head(urlEqualTo(API + "/users/ann%40example.com")).willReturn(aResponse()));

    assertThat(users.exists("ann@example.com")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setsProfilePictureFromBytesAsBase64Json(Mode mode) {
    stubProfilePicture();

    String answer =
        mode.call(
            () -> users.setProfilePicture("E-1001", IMAGE),
            () -> users.setProfilePictureAsync("E-1001", IMAGE));

    assertThat(answer).isEqualTo("https://cdn.spencer.co/p/E-1001.png");
    verifyProfilePicture();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setsProfilePictureFromAFile(Mode mode, @TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("ann.png"), IMAGE);
    stubProfilePicture();

    String answer =
        mode.call(
            () -> users.setProfilePicture("E-1001", file),
            () -> users.setProfilePictureAsync("E-1001", file));

    assertThat(answer).isEqualTo("https://cdn.spencer.co/p/E-1001.png");
    verifyProfilePicture();
  }

  private static void stubProfilePicture() {
    wm.stubFor(
        post(API + "/users/E-1001/profile-picture")
            .willReturn(okJson("\"https://cdn.spencer.co/p/E-1001.png\"").withStatus(201)));
  }

  private static void verifyProfilePicture() {
    wm.verify(
        postRequestedFor(urlEqualTo(API + "/users/E-1001/profile-picture"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
            .withRequestBody(equalToJson("{\"media\": \"" + MEDIA + "\"}")));
  }

  @Test
  void rejectsUnreadableOrEmptyPicturesBeforeSending(@TempDir Path dir) {
    assertThatThrownBy(() -> users.setProfilePicture("E-1", dir.resolve("missing.png")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("imageFile cannot be read: missing.png");
    assertThatThrownBy(() -> users.setProfilePictureAsync("E-1", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image must not be empty");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  static Stream<Arguments> errorStatuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class));
  }

  @ParameterizedTest
  @MethodSource("errorStatuses")
  void mapsErrorStatusesToTheirExceptionsWithSpencerDetails(
      int status, Class<? extends ApiResponseException> type) {
    wm.stubFor(
        post(API + "/users")
            .willReturn(
                jsonStatus(
                    status,
                    "{\"code\":\"E"
                        + status
                        + "\",\"message\":\"rejected\","
                        + "\"errors\":{\"email\":[\"is taken\"]}}")));

    ApiResponseException e = catchThrowableOfType(type, () -> users.create(ann()));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.vendorCode()).contains("E" + status);
    assertThat(e.vendorMessage()).contains("rejected");
    assertThat(e.details().fieldErrors()).containsEntry("email", List.of("is taken"));
    assertThat(e).hasMessageStartingWith("POST /users -> " + status);
    assertThat(e).hasMessageContaining("[spencer.users.create]").hasMessageNotContaining(TOKEN);
  }

  @Test
  void readsFieldErrorsGivenAsAList() {
    wm.stubFor(
        put(API + "/users/E-1001")
            .willReturn(
                jsonStatus(
                    400,
                    "{\"error\":{\"code\":\"validation\",\"detail\":\"bad\"},"
                        + "\"errors\":[{\"field\":\"mobile\",\"message\":\"not E.164\"},\"x\"]}")));

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> users.update("E-1001", ann()));

    assertThat(e.vendorCode()).contains("validation");
    assertThat(e.vendorMessage()).contains("bad");
    assertThat(e.fieldErrors())
        .containsEntry("mobile", List.of("not E.164"))
        .containsEntry("", List.of("x"));
  }

  private static ResponseDefinitionBuilder jsonStatus(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void rejectsBlankUserIdsBeforeAnyRequest() {
    assertThatThrownBy(() -> users.get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId must not be blank");
    assertThatThrownBy(() -> users.deleteAsync(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId must not be blank");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
