package io.peoplesync.spencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spencer's input rules on users, enforced before anything reaches the wire. */
class SpencerUserTest {
  @RegisterExtension static WireMockExtension wm = SpencerFixtures.wireMock();

  private final UsersApi users = SpencerFixtures.client(wm).users();

  static Stream<Arguments> invalidUsers() {
    String s255 = "x".repeat(255);
    return Stream.of(
        invalid(() -> base().externalId(" "), "externalId must not be blank"),
        invalid(
            () -> base().externalId("e".repeat(257)),
            "externalId must be at most 256 characters (was 257)"),
        invalid(
            () -> base().firstName(s255 + "x"),
            "firstName must be at most 255 characters (was 256)"),
        invalid(() -> base().email(s255 + "@"), "email must be at most 255 characters (was 256)"),
        invalid(
            () -> base().putJobTitle("nl-BE", "Ontwikkelaar"),
            "jobTitle must have an entry for en-US"),
        invalid(() -> base().putDepartment("en-US", " "), "department[en-US] must not be blank"),
        invalid(
            () -> base().putZone("en-US", "Z").putZone("fr-BE", s255 + "x"),
            "zone[fr-BE] must be at most 255 characters (was 256)"),
        invalid(() -> base().addTags("mkt", ""), "tags entry must not be blank"),
        invalid(
            () -> base().addTag("t".repeat(256)),
            "tags entry must be at most 255 characters (was 256)"),
        invalid(() -> base().manager(""), "manager must not be blank"));
  }

  private static SpencerUser.Builder base() {
    SpencerUser.Builder b = SpencerUser.builder();
    b.externalId("E-1");
    return b;
  }

  private static Arguments invalid(Supplier<SpencerUser.Builder> builder, String message) {
    return Arguments.of(builder, message);
  }

  @ParameterizedTest
  @MethodSource("invalidUsers")
  void rejectsInvalidUsersBeforeAnyRequest(Supplier<SpencerUser.Builder> b, String message) {
    assertThatThrownBy(() -> users.create(b.get().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void acceptsTheLongestDocumentedValues() {
    SpencerUser u =
        base()
            .externalId("e".repeat(256))
            .firstName("f".repeat(255))
            .putJobTitle("en-US", "j".repeat(255))
            .build();

    assertThat(u.externalId()).hasSize(256);
  }

  @Test
  void refusesToSendTheUnknownAuthenticationType() {
    assertThatThrownBy(() -> SpencerUser.builder().authenticationType(AuthenticationType.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authenticationType UNKNOWN cannot be sent");
    assertThat(AuthenticationType.fromWire("username_password"))
        .isEqualTo(AuthenticationType.USERNAME_PASSWORD);
  }
}
