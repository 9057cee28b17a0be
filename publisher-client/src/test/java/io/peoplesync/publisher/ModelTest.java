package io.peoplesync.publisher;

import static io.peoplesync.publisher.Wire.GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.testing.Mappers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ModelTest {
  private static <T> T roundTrip(MediaFormat format, Object value, String root, Class<T> type) {
    byte[] bytes = Mappers.write(format, value, Optional.of(root));
    return Mappers.read(format, bytes, type);
  }

  private static PublisherUser withLinks(int n) {
    PublisherUser.Builder b =
        PublisherUser.builder().from(GRACE).id("5f1c2a9e-guid").putExtra("practicegroup", "Tax");
    b.socialLinks(List.of()).customLinks(List.of());
    for (int i = 0; i < n; i++) {
      b.addSocialLink(Link.of("Social " + i, "https://social.example/" + i));
      b.addCustomLink(Link.of("Custom " + i, "https://custom.example/" + i));
    }
    return b.build();
  }

  static Stream<Arguments> formatsAndLinkCounts() {
    return Stream.of(MediaFormat.values())
        .flatMap(f -> Stream.of(0, 1, 2, 3).map(n -> Arguments.of(f, n)));
  }

  @ParameterizedTest
  @MethodSource("formatsAndLinkCounts")
  void roundTripsAUserThroughTheWireEnvelope(MediaFormat format, int links) {
    PublisherUser user = withLinks(links);

    UserEnvelope back = roundTrip(format, new UserEnvelope(user), "user", UserEnvelope.class);

    assertThat(back.user()).isEqualTo(user);
  }

  @ParameterizedTest
  @MethodSource("formatsAndLinkCounts")
  void roundTripsAUserAsAPlainDocument(MediaFormat format, int links) {
    PublisherUser user = withLinks(links);

    assertThat(roundTrip(format, user, "user", PublisherUser.class)).isEqualTo(user);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void roundTripsAUserSummary(MediaFormat format) {
    UserSummary summary =
        UserSummary.builder()
            .id("3")
            .email("grace.hopper@example.com")
            .link("https://acme.example.com/acme/api/2/user/3")
            .name(PersonName.builder().firstName("Grace").lastName("Hopper").build())
            .statusText("Active")
            .organisation(Organisation.builder().orgName("Example Ltd").orgAddress("Leeds").build())
            .location(Location.builder().city("Leeds").build())
            .invited("02 Jan 2024 09:30")
            .lastLogin("03 Feb 2024 17:05")
            .role("Member")
            .putExtra("usertype", "internal")
            .build();

    assertThat(roundTrip(format, summary, "user", UserSummary.class)).isEqualTo(summary);
    byte[] bytes = Mappers.write(format, summary, Optional.of("user"));
    assertThat(Mappers.read(format, bytes, SummaryEnvelope.class).user()).isEqualTo(summary);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void roundTripsEachNestedType(MediaFormat format) {
    PersonName name =
        PersonName.builder()
            .firstName("Grace")
            .lastName("Hopper")
            .title("Dr")
            .goesBy("G")
            .putExtra("middlename", "Brewster")
            .build();
    Organisation org =
        Organisation.builder()
            .orgName("Example Ltd")
            .orgId("75")
            .orgAddressId("a-98")
            .orgAddress("Leeds")
            .build();
    Location location =
        Location.builder()
            .addressLine1("1 Harbour Road")
            .addressLine2("Floor 3")
            .city("Leeds")
            .country("United Kingdom")
            .postCode("LS1 4AB")
            .putExtra("region", "Yorkshire")
            .build();
    Link link = Link.of("LinkedIn", "https://www.linkedin.com/in/grace");

    assertThat(roundTrip(format, name, "name", PersonName.class)).isEqualTo(name);
    assertThat(roundTrip(format, org, "organisation", Organisation.class)).isEqualTo(org);
    assertThat(roundTrip(format, location, "location", Location.class)).isEqualTo(location);
    assertThat(roundTrip(format, link, "link", Link.class)).isEqualTo(link);
  }

  @Test
  void writesAllDigitIdsAsNumbersAndOthersAsStrings() {
    PublisherUser user =
        PublisherUser.builder()
            .from(GRACE)
            .id("007")
            .organisation(Organisation.builder().orgId("75").orgAddressId("5f1c-guid").build())
            .build();

    String json =
        new String(Mappers.write(MediaFormat.JSON, user, Optional.empty()), StandardCharsets.UTF_8);

    assertThat(json)
        .contains("\"id\":\"007\"")
        .contains("\"orgid\":75")
        .contains("\"orgaddressid\":\"5f1c-guid\"");
  }

  @Test
  void requiresAWellFormedEmail() {
    PublisherUser.Builder noEmail = PublisherUser.builder().name(GRACE.name());

    assertThatThrownBy(noEmail::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("email");
    assertThatThrownBy(
            () ->
                PublisherEndpoints.add(
                    PublisherUser.builder().from(GRACE).email("grace.example.com").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email must be an e-mail address like name@example.com");
  }

  @Test
  void requiresAFirstNameOfOneToOneHundredCharacters() {
    PublisherUser.Builder b = PublisherUser.builder().from(GRACE);

    assertThatThrownBy(
            () ->
                PublisherEndpoints.add(
                    b.name(PersonName.builder().lastName("Hopper").build()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstName must be 1 to 100 characters (was 0)");
    assertThatThrownBy(
            () ->
                PublisherEndpoints.update(
                    "3", b.name(PersonName.builder().firstName("x".repeat(101)).build()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstName must be 1 to 100 characters (was 101)");
    assertThat(
            b.name(PersonName.builder().firstName("x".repeat(100)).build())
                .build()
                .name()
                .firstName())
        .hasValue("x".repeat(100));
  }

  @Test
  void limitsTheDepartmentTo256Characters() {
    assertThatThrownBy(
            () ->
                PublisherEndpoints.add(
                    PublisherUser.builder().from(GRACE).department("d".repeat(257)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("department must be at most 256 characters (was 257)");
    assertThat(PublisherUser.builder().from(GRACE).department("d".repeat(256)).build().department())
        .hasValue("d".repeat(256));
  }

  @Test
  void writesOnlyTheStatusesPublisherTakesOnWrites() {
    for (UserStatus s :
        List.of(
            UserStatus.UNKNOWN,
            UserStatus.ARCHIVED,
            UserStatus.PENDING,
            UserStatus.SUSPENDED,
            UserStatus.DISABLED)) {
      assertThatThrownBy(() -> PublisherUser.builder().status(s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "status must be ACTIVE or INACTIVE, the only statuses Publisher takes on writes (was "
                  + s
                  + ")");
    }
    assertThat(PublisherUser.builder().from(GRACE).status(UserStatus.INACTIVE).build().statusText())
        .contains("inactive");
    assertThat(PublisherUser.builder().from(GRACE).statusText("Retired").build().status())
        .contains(UserStatus.UNKNOWN);
  }

  @Test
  void checksListQueryValues() {
    assertThatThrownBy(() -> UserListQuery.builder().limit(0).build())
        .hasMessage("limit must be at least 1");
    assertThatThrownBy(() -> UserListQuery.builder().offset(-1).build())
        .hasMessage("offset must not be negative");
    assertThatThrownBy(() -> UserListQuery.builder().status(UserStatus.INACTIVE).build())
        .hasMessage("status must be ACTIVE, ARCHIVED, DISABLED, SUSPENDED or PENDING");
    assertThatThrownBy(() -> UserListQuery.builder().sort("lastname").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sort must be +field or -field");
    assertThatThrownBy(() -> DateFilter.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be before start");
  }

  @Test
  void describesDateFiltersInPublishersWords() {
    assertThat(DateFilter.lastWeek().value()).isEqualTo("lastweek");
    assertThat(DateFilter.lastYear().value()).isEqualTo("lastyear");
    assertThat(DateFilter.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
        .isEqualTo(DateFilter.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
        .hasToString("DateFilter{20240101,20240131}");
  }
}
