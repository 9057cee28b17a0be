package io.peoplesync.springest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Properties of Springest's JSON: every value type survives the SDK's codec unchanged, with unknown
 * fields, empty values and absent ones; the complete record names every field.
 */
class SpringestJsonPropertiesTest {
  private static byte[] write(Object value) {
    return Mappers.write(MediaFormat.JSON, value, Optional.empty());
  }

  private static <T> T read(byte[] json, Class<T> type) {
    return Mappers.read(MediaFormat.JSON, json, type);
  }

  private static JsonNode tree(byte[] json) throws IOException {
    return Mappers.json().readTree(json);
  }

  @Property(tries = 200)
  void aUserRoundTripsThroughTheCodecUnchanged(@ForAll("users") SpringestUser user) {
    SpringestUser back = read(write(user), SpringestUser.class);

    assertThat(back).isEqualTo(user);
  }

  @Property(tries = 200)
  void theCompleteRecordNamesEveryFieldAndReadsBackToTheSameRecord(
      @ForAll("users") SpringestUser user) throws IOException {
    byte[] complete = write(UserJson.Body.complete(user));
    JsonNode tree = tree(complete);

    Set<String> expected = new HashSet<>(UserJson.FIELDS);
    expected.addAll(user.extras().keySet());
    if (user.externalId().isEmpty()) {
      expected.remove("external_id");
      if (user.email().isEmpty()) {
        expected.remove("email");
      }
    }
    assertThat(tree.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(expected);
    SpringestUser read = read(complete, SpringestUser.class);
    assertThat(write(UserJson.Body.complete(read))).isEqualTo(complete);
    assertThat(read.externalId()).isEqualTo(user.externalId());
    assertThat(read.tags()).isEqualTo(user.tags());
    assertThat(read.approvers()).isEqualTo(user.approvers());
    assertThat(read.employmentEndDate()).isEqualTo(user.employmentEndDate());
    assertThat(read.active()).contains(user.active().orElse(true));
  }

  @Property(tries = 200)
  void aLookupAnswerRoundTripsThroughTheCodecUnchanged(
      @ForAll("statuses") SpringestUserStatus status) {
    assertThat(read(write(status), SpringestUserStatus.class)).isEqualTo(status);
  }

  @Property(tries = 100)
  void anApproverRoundTripsThroughTheCodecUnchanged(@ForAll("approvers") Approver approver) {
    assertThat(read(write(approver), Approver.class)).isEqualTo(approver);
  }

  @Property
  void everyKnownWireValueReadsBackAsItsConstant(
      @ForAll Gender gender, @ForAll LearningTrackStatus status) {
    if (gender != Gender.UNKNOWN) {
      assertThat(Gender.fromWire(gender.wire())).isEqualTo(gender);
    }
    if (status != LearningTrackStatus.UNKNOWN) {
      assertThat(LearningTrackStatus.fromWire(status.wire())).isEqualTo(status);
    }
  }

  private static StringArbitrary texts() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(" @.-_\"\\/\n\u00e4\u20ac\u4e2d")
        .ofMaxLength(12);
  }

  private static Arbitrary<Optional<String>> maybeText() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Optional.<String>empty())),
        Tuple.of(1, Arbitraries.just(Optional.of(""))),
        Tuple.of(3, texts().map(Optional::of)));
  }

  private static Arbitrary<Optional<LocalDate>> maybeDate() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return dates.optional(0.6);
  }

  @Provide
  Arbitrary<Approver> approvers() {
    return Combinators.combine(
            texts(),
            Arbitraries.of(
                ApproverLabel.MANAGER,
                ApproverLabel.NON_APPROVING_MANAGER,
                ApproverLabel.HIGHER_MANAGER),
            Arbitraries.of(true, false).optional(0.5))
        .as(
            (email, label, can) ->
                Approver.builder().email(email).label(label).canApprove(can).build());
  }

  /** Unknown fields in the plain Java form a read gives back, nulls included. */
  private static Arbitrary<Object> extraValues(int depth) {
    Arbitrary<Object> leaf =
        Arbitraries.oneOf(
            texts(),
            Arbitraries.integers(),
            Arbitraries.longs().greaterOrEqual(Integer.MAX_VALUE + 1L),
            Arbitraries.doubles().filter(Double::isFinite),
            Arbitraries.of(true, false),
            Arbitraries.just(null));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> list = extraValues(depth - 1).list().ofMaxSize(3).map(l -> l);
    Arbitrary<Object> map =
        Arbitraries.maps(texts().ofMinLength(1), extraValues(depth - 1)).ofMaxSize(3).map(m -> m);
    return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, list), Tuple.of(1, map));
  }

  private static Arbitrary<Map<String, Object>> extras(Set<String> known) {
    Arbitrary<Object> values =
        Arbitraries.frequencyOf(Tuple.of(6, extraValues(2)), Tuple.of(1, Arbitraries.just(null)));
    return Arbitraries.maps(
            Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(10)
                .filter(n -> !known.contains(n)),
            values)
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<SpringestUser> users() {
    return Builders.withBuilder(SpringestUser::builder)
        .use(maybeText())
        .in((b, v) -> b.externalId(v))
        .use(maybeText())
        .in((b, v) -> b.email(v))
        .use(Arbitraries.of(Gender.MALE, Gender.FEMALE).optional(0.5))
        .in((b, v) -> b.gender(v))
        .use(maybeText())
        .in((b, v) -> b.firstName(v))
        .use(maybeText())
        .in((b, v) -> b.lastName(v))
        .use(maybeText())
        .in((b, v) -> b.phoneNumber(v))
        .use(maybeDate())
        .in((b, v) -> b.birthdate(v))
        .use(maybeText())
        .in((b, v) -> b.birthplace(v))
        .use(maybeText())
        .in((b, v) -> b.companyName(v))
        .use(maybeText())
        .in((b, v) -> b.address(v))
        .use(maybeText())
        .in((b, v) -> b.houseNumber(v))
        .use(maybeText())
        .in((b, v) -> b.zipCode(v))
        .use(maybeText())
        .in((b, v) -> b.city(v))
        .use(maybeText())
        .in((b, v) -> b.country(v))
        .use(Arbitraries.of(true, false).optional(0.6))
        .in((b, v) -> b.active(v))
        .use(maybeText())
        .in((b, v) -> b.jobTitle(v))
        .use(maybeText())
        .in((b, v) -> b.departmentName(v))
        .use(maybeText())
        .in((b, v) -> b.businessUnit(v))
        .use(maybeText())
        .in((b, v) -> b.costCenter(v))
        .use(maybeText())
        .in((b, v) -> b.costCenterName(v))
        .use(approvers().list().ofMaxSize(3))
        .in((b, v) -> b.approvers(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.clearApprovers(v))
        .use(texts().list().ofMaxSize(3))
        .in((b, v) -> b.tags(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.clearTags(v))
        .use(maybeDate())
        .in((b, v) -> b.employmentStartDate(v))
        .use(maybeDate())
        .in((b, v) -> b.employmentEndDate(v))
        .use(extras(UserJson.FIELDS))
        .in((b, v) -> b.extras(v))
        .build(SpringestUser.Builder::build);
  }

  @Provide
  Arbitrary<SpringestUserStatus> statuses() {
    Set<String> known =
        Set.of("id", "external_id", "user_email", "active", "learning_track_status");
    Arbitrary<Optional<String>> rawStatus =
        Arbitraries.oneOf(
            Arbitraries.of(LearningTrackStatus.values()).map(s -> Optional.of(s.wire())),
            texts().map(Optional::of),
            Arbitraries.just(Optional.<String>empty()));
    return Builders.withBuilder(SpringestUserStatus::builder)
        .use(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8))
        .in((b, v) -> b.id(v))
        .use(maybeText())
        .in((b, v) -> b.externalId(v))
        .use(maybeText())
        .in((b, v) -> b.email(v))
        .use(Arbitraries.of(true, false).optional(0.7))
        .in((b, v) -> b.active(v))
        .use(rawStatus)
        .in((b, v) -> b.rawLearningTrackStatus(v))
        .use(extras(known))
        .in((b, v) -> b.extras(v))
        .build(SpringestUserStatus.Builder::build);
  }
}
