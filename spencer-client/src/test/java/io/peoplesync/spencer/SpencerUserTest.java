package io.peoplesync.spencer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.peoplesync.spencer.SpencerFixtures.API;
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

/**
 * Spencer's input rules on users: a builder accepts anything (it also reads what Spencer stored),
 * and every write refuses a rule broken before anything reaches the wire.
 */
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

  static Stream<Arguments> writesOfInvalidUsers() {
    return invalidUsers()
        .flatMap(a -> Stream.of(Write.values()).map(w -> Arguments.of(w, a.get()[0], a.get()[1])));
  }

  /** Every call that sends a user. */
  enum Write {
    CREATE,
    CREATE_ASYNC,
    UPDATE,
    UPDATE_ASYNC;

    Object send(UsersApi users, SpencerUser u) {
      switch (this) {
        case CREATE:
          return users.create(u);
        case CREATE_ASYNC:
          return users.createAsync(u);
        case UPDATE:
          return users.update("E-1", u);
        default:
          return users.updateAsync("E-1", u);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("writesOfInvalidUsers")
  void refusesToSendAUserBreakingARuleBeforeAnyRequest(
      Write write, Supplier<SpencerUser.Builder> b, String message) {
    SpencerUser invalid = b.get().build();

    assertThatThrownBy(() -> write.send(users, invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidUsers")
  void buildsAUserBreakingARuleSinceSpencerMayHaveStoredOne(
      Supplier<SpencerUser.Builder> b, String message) {
    assertThat(b.get().build().externalId()).isNotNull();
  }

  @Test
  void sendsTheLongestDocumentedValues() {
    wm.stubFor(post(API + "/users").willReturn(aResponse().withStatus(201)));
    SpencerUser u =
        base()
            .externalId("e".repeat(256))
            .firstName("f".repeat(255))
            .manager("m".repeat(256))
            .putJobTitle("en-US", "j".repeat(255))
            .build();

    assertThat(users.create(u)).isEqualTo(u);
    wm.verify(1, postRequestedFor(urlEqualTo(API + "/users")));
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
