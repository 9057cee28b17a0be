package io.peoplesync.springest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.testing.Fixtures;
import io.peoplesync.core.testing.Mappers;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpringestUserTest {
  // Only here to prove that rejected users never reach the wire.
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static final ObjectMapper JSON = Mappers.json();

  private static SpringestUser.Builder valid() {
    return SpringestUser.builder().externalId("E-1");
  }

  static Stream<Arguments> invalidUsers() {
    return Stream.of(
        Arguments.of(
            (Supplier<SpringestUser>) () -> SpringestUser.builder().firstName("Ann").build(),
            "externalId or email must be set and not blank"),
        Arguments.of(
            (Supplier<SpringestUser>)
                () -> SpringestUser.builder().externalId(" ").email("").build(),
            "externalId or email must be set and not blank"),
        Arguments.of(
            (Supplier<SpringestUser>) () -> valid().email("not-an-address").build(),
            "email must be an e-mail address like name@example.com"),
        Arguments.of(
            (Supplier<SpringestUser>) () -> valid().gender(Gender.fromWire("x")).build(),
            "gender must be one of [m, f]"),
        Arguments.of(
            (Supplier<SpringestUser>)
                () ->
                    valid()
                        .addApprover(Approver.builder().label(ApproverLabel.MANAGER).build())
                        .build(),
            "approver.email must be an e-mail address like name@example.com"),
        Arguments.of(
            (Supplier<SpringestUser>)
                () ->
                    valid().addApprover(Approver.builder().email("b@example.com").build()).build(),
            "approver.label must be one of [Manager, Non-approving manager, Higher manager]"),
        Arguments.of(
            (Supplier<SpringestUser>) () -> valid().birthdate(LocalDate.of(10_000, 1, 1)).build(),
            "birthdate must fit yyyy-MM-dd"),
        Arguments.of(
            (Supplier<SpringestUser>)
                () -> valid().employmentStartDate(LocalDate.of(-1, 1, 1)).build(),
            "employmentStartDate must fit yyyy-MM-dd"),
        Arguments.of(
            (Supplier<SpringestUser>)
                () ->
                    valid()
                        .employmentStartDate(LocalDate.of(2024, 3, 1))
                        .employmentEndDate(LocalDate.of(2024, 2, 29))
                        .build(),
            "employmentEndDate must not be before employmentStartDate"),
        Arguments.of(
            (Supplier<SpringestUser>) () -> valid().putExtra("tags", List.of()).build(),
            "extra tags must not repeat a field the model has: use its setter"));
  }

  @ParameterizedTest
  @MethodSource("invalidUsers")
  void buildsAndReadsInvalidUsersButRejectsThemBeforeAnythingIsSent(
      Supplier<SpringestUser> user, String message) throws Exception {
    SpringestClient c =
        SpringestClient.builder()
            .baseUri(URI.create(wm.baseUrl()))
            .apiKey(UsersApiTest.KEY)
            .build();
    SpringestUser invalid = user.get();
    String json = JSON.writeValueAsString(invalid);

    assertThatCode(() -> JSON.readValue(json, SpringestUser.class)).doesNotThrowAnyException();
    for (ThrowingCallable send :
        List.<ThrowingCallable>of(
            () -> c.users().save(invalid),
            () -> c.users().replaceAsync(invalid),
            () -> c.users().merge(invalid),
            () -> c.users().deactivate(invalid, LocalDate.of(2024, 2, 28)))) {
      assertThatThrownBy(send).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void acceptsAnEmailWithoutAnExternalId() {
    assertThat(SpringestUser.builder().email("ann@example.com").build().email())
        .contains("ann@example.com");
  }

  @Test
  void readsGenderFromItsWireValue() {
    assertThat(Gender.fromWire("m")).isEqualTo(Gender.MALE);
    assertThat(Gender.fromWire("f")).isEqualTo(Gender.FEMALE);
    assertThat(Gender.fromWire("M")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void roundTripsThroughJsonKeepingUnknownFields() throws Exception {
    String json = Fixtures.read(getClass(), "users/save-full-request.json");
    String withExtra = json.replaceFirst("\\{", "{\"nickname\": \"Annie\", \"floor\": 3,");

    SpringestUser read = JSON.readValue(withExtra, SpringestUser.class);

    assertThat(read)
        .isEqualTo(SpringestUser.builder().from(UsersApiTest.ann()).extras(read.extras()).build());
    assertThat(read.extras()).containsEntry("nickname", "Annie").containsEntry("floor", 3);
    assertThat(JSON.readTree(JSON.writeValueAsString(read))).isEqualTo(JSON.readTree(withExtra));
  }

  @Test
  void writesExtrasForFieldsTheModelLacks() throws Exception {
    SpringestUser user =
        valid().putExtra("employee_number", "0042").putExtra("floor", null).build();

    assertThat(JSON.readTree(JSON.writeValueAsString(user)))
        .isEqualTo(
            JSON.readTree("{\"external_id\":\"E-1\",\"employee_number\":\"0042\",\"floor\":null}"));
  }

  @Test
  void dropsAClearFlagWhoseListIsNotEmptySoEqualRequestsAreEqualValues() {
    SpringestUser tagged =
        valid()
            .clearTags(true)
            .addTag("x")
            .clearApprovers(true)
            .addApprover(Approver.of("b@example.com", ApproverLabel.MANAGER))
            .build();

    assertThat(tagged.clearTags()).isFalse();
    assertThat(tagged.clearApprovers()).isFalse();
    assertThat(valid().clearTags(true).build().clearTags()).isTrue();
  }

  @Test
  void readsTheVendorsLooserShapes() throws Exception {
    SpringestUser read =
        JSON.readValue(
            "{\"external_id\":7,\"gender\":\"\",\"birthdate\":null,\"active\":\"FALSE\","
                + "\"tags\":\"HR\",\"approvers\":{\"email\":\"b@example.com\",\"label\":\"Chef\"},"
                + "\"employment_end_date\":\"\",\"first_name\":null}",
            SpringestUser.class);

    assertThat(read)
        .isEqualTo(
            SpringestUser.builder()
                .externalId("7")
                .active(false)
                .addTag("HR")
                .addApprover(Approver.builder().email("b@example.com").build())
                .build());
    assertThat(JSON.readValue("{\"tags\":[],\"approvers\":[]}", SpringestUser.class))
        .satisfies(u -> assertThat(u.clearTags()).isTrue())
        .satisfies(u -> assertThat(u.clearApprovers()).isTrue());
    assertThatThrownBy(() -> JSON.readValue("{\"birthdate\":\"30-02-1990\"}", SpringestUser.class))
        .hasMessageContaining("birthdate must be a date like 2024-03-01");
  }

  @Test
  void marksALeaverKeepingEveryOtherField() {
    SpringestUser ann = UsersApiTest.ann();

    SpringestUser leaver = ann.deactivated(LocalDate.of(2026, 6, 30));

    assertThat(leaver.active()).contains(false);
    assertThat(leaver.employmentEndDate()).contains(LocalDate.of(2026, 6, 30));
    assertThat(
            SpringestUser.builder()
                .from(leaver)
                .active(true)
                .employmentEndDate(LocalDate.of(2026, 12, 31))
                .build())
        .isEqualTo(ann);
  }

  @Test
  void readsTheSaveAnswerFromEachShape() {
    assertThat(SpringestUserRef.fromJson(JSON.valueToTree(12)))
        .isEqualTo(SpringestUserRef.of("12"));
    assertThat(SpringestUserRef.fromJson(JSON.valueToTree("ab-1")).id()).isEqualTo("ab-1");
    assertThatThrownBy(() -> SpringestUserRef.fromJson(JSON.valueToTree("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
  }

  @Test
  void roundTripsALookupAnswerKeepingTheRawStatusAndUnknownFields() throws Exception {
    String json =
        "{\"id\":\"1\",\"external_id\":\"E-1\",\"user_email\":\"a@example.com\","
            + "\"active\":true,\"learning_track_status\":\"paused\",\"team\":\"x\"}";

    SpringestUserStatus status = JSON.readValue(json, SpringestUserStatus.class);

    assertThat(status.learningTrackStatus()).contains(LearningTrackStatus.UNKNOWN);
    assertThat(JSON.readTree(JSON.writeValueAsString(status))).isEqualTo(JSON.readTree(json));
  }
}
