package io.peoplesync.publisher;

import static io.peoplesync.publisher.Wire.GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.RecordingDelayer;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.Fault;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.publisher.FakePublisher;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real client against the stateful fake, in JSON and in XML: lifecycle, rules, auth, faults.
 */
@ExtendWith(FakeVendorsExtension.class)
class PublisherFakeIntegrationTest {
  private final RecordingDelayer delayer = new RecordingDelayer();

  private PublisherClient.Builder builder(FakePublisher fake, MediaFormat format) {
    return PublisherClient.builder()
        .baseUri(fake.baseUri())
        .format(format)
        .retryPolicy(RetryPolicy.defaults())
        .delayer(delayer);
  }

  private UsersApi users(FakePublisher fake, MediaFormat format) {
    return builder(fake, format).bearerToken(FakePublisher.DEFAULT_TOKEN).build().users();
  }

  private static PublisherUser person(String firstName, String lastName, String department) {
    return PublisherUser.builder()
        .name(PersonName.builder().firstName(firstName).lastName(lastName).build())
        .email(firstName.toLowerCase() + "." + lastName.toLowerCase() + "@example.com")
        .department(department)
        .status(UserStatus.ACTIVE)
        .build();
  }

  private static List<RecordedRequest> requests(FakePublisher fake, String method, String path) {
    return fake.requests().stream()
        .filter(r -> r.method().equals(method) && r.rawPath().equals(path))
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void hiresChangesAndArchivesAUser(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);

    UserSummary created = users.add(GRACE);
    String id = created.id().orElseThrow();
    assertThat(created.email()).contains(GRACE.email());
    assertThat(created.link()).contains(fake.baseUri() + "/api/2/user/" + id);

    PublisherUser stored = users.get(id);
    assertThat(stored)
        .isEqualTo(PublisherUser.builder().from(GRACE).id(id).statusText("Active").build());
    assertThat(users.get("Grace.Hopper@example.com")).isEqualTo(stored);

    users.update(
        id,
        PublisherUser.builder().from(stored).jobTitle("Rear Admiral").department("Navy").build());
    PublisherUser changed = users.get(id);
    assertThat(changed.jobTitle()).contains("Rear Admiral");
    assertThat(changed.department()).contains("Navy");
    assertThat(changed.customLinks()).isEqualTo(GRACE.customLinks());
    assertThat(fake.user(id).orElseThrow().path("jobtitle").asText()).isEqualTo("Rear Admiral");

    UserSummary archived = users.archive(id);
    assertThat(archived.id()).contains(id);
    assertThat(users.get(id).status()).contains(UserStatus.ARCHIVED);
    assertThat(fake.user(id).orElseThrow().path("status").asText()).isEqualTo("Archived");
    assertThat(fake.users()).hasSize(1);
    assertThat(requests(fake, "PUT", "/api/2/users/" + id).get(0).header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(format.mimeType()));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void answersUnknownUsersWithTheirRefs(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);

    NotFoundException get =
        catchThrowableOfType(NotFoundException.class, () -> users.get("nobody@example.com"));
    NotFoundException archive =
        catchThrowableOfType(NotFoundException.class, () -> users.archive("99"));

    assertThat(get.vendorCode()).contains("108");
    assertThat(get.vendorMessage()).contains("The requested user does not exist");
    assertThat(archive.vendorCode()).contains("110");
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void listsEveryUserAcrossPages(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    List<String> ids =
        List.of(
                person("Ada", "Lovelace", "Maths"),
                person("Alan", "Turing", "Maths"),
                person("Edsger", "Dijkstra", "Algorithms"),
                person("Barbara", "Liskov", "Languages"),
                person("Donald", "Knuth", "Algorithms"))
            .stream()
            .map(u -> users.add(u).id().orElseThrow())
            .collect(Collectors.toList());

    List<UserSummary> listed =
        users.list(UserListQuery.builder().limit(2).build()).stream().collect(Collectors.toList());

    assertThat(listed).extracting(u -> u.id().orElseThrow()).containsExactlyElementsOf(ids);
    assertThat(listed.get(3).email()).contains("barbara.liskov@example.com");
    assertThat(listed.get(3).department()).contains("Languages");
    assertThat(listed.get(3).status()).contains(UserStatus.ACTIVE);
    assertThat(requests(fake, "GET", "/api/2/users"))
        .extracting(r -> r.queryParam("offset").orElseThrow())
        .containsExactly("0", "2", "4", "5");
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void filtersTheListingByStatusAndSearch(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    fake.seedUser("Ada", "Lovelace", "ada@example.com");
    String alan = fake.seedUser("Alan", "Turing", "alan@example.com");
    fake.seedUser("Grace", "Hopper", "grace@example.com");
    users.archive(alan);

    List<UserSummary> archived =
        users.list(UserListQuery.builder().status(UserStatus.ARCHIVED).build()).stream()
            .collect(Collectors.toList());
    List<UserSummary> active =
        users.list(UserListQuery.builder().status(UserStatus.ACTIVE).build()).stream()
            .collect(Collectors.toList());
    List<UserSummary> found =
        users.list(UserListQuery.builder().search("HOPPER").build()).stream()
            .collect(Collectors.toList());

    assertThat(archived).extracting(u -> u.id().orElseThrow()).containsExactly(alan);
    assertThat(archived.get(0).status()).contains(UserStatus.ARCHIVED);
    assertThat(active)
        .extracting(u -> u.email().orElseThrow())
        .containsExactly("ada@example.com", "grace@example.com");
    assertThat(found).extracting(u -> u.email().orElseThrow()).containsExactly("grace@example.com");
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void refusesASecondUserWithTheSameEmail(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    users.add(GRACE);

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () ->
                users.add(
                    PublisherUser.builder().from(GRACE).email("GRACE.HOPPER@example.com").build()));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.vendorCode()).contains("103");
    assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).contains("already exists"));
    assertThat(fake.users()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void refusesToWriteAStatusOtherThanActiveOrInactive(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    String id = users.add(GRACE).id().orElseThrow();
    PublisherUser.Builder stored = PublisherUser.builder().from(users.get(id));

    assertThatThrownBy(() -> stored.status(UserStatus.SUSPENDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("status must be ACTIVE or INACTIVE");
    users.update(id, stored.status(UserStatus.INACTIVE).build());
    assertThat(fake.user(id).orElseThrow().path("status").asText()).isEqualTo("Inactive");
  }

  static Stream<Arguments> readOnlyStatuses() {
    return Stream.of(
            Arguments.of("pending", "Pending"),
            Arguments.of("archived", "Archived"),
            Arguments.of("suspended", "Suspended"),
            Arguments.of("disabled", "Inactive"))
        .flatMap(
            a -> Stream.of(MediaFormat.values()).map(f -> Arguments.of(f, a.get()[0], a.get()[1])));
  }

  @ParameterizedTest
  @MethodSource("readOnlyStatuses")
  void writesBackAUserReadInAStatusTheWriteApiRefuses(
      MediaFormat format, String status, String after, FakePublisher fake) {
    UsersApi users = users(fake, format);
    String id = users.add(GRACE).id().orElseThrow();
    fake.setStatus(id, status);
    PublisherUser stored = users.get(id);

    users.update(id, PublisherUser.builder().from(stored).jobTitle("Rear Admiral").build());

    assertThat(stored.statusText())
        .hasValueSatisfying(t -> assertThat(t).isEqualToIgnoringCase(status));
    assertThat(fake.user(id).orElseThrow().path("status").asText()).isEqualTo(after);
    assertThat(fake.user(id).orElseThrow().path("jobtitle").asText()).isEqualTo("Rear Admiral");
    assertThat(requests(fake, "PUT", "/api/2/users/" + id).get(0).bodyText())
        .doesNotContainIgnoringCase(status.equals("disabled") ? "disabled" : status);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void listsEveryUserWhenTheFakeCapsPagesBelowTheLimitAskedFor(
      MediaFormat format, FakePublisher fake) {
    fake.capPageSize(3);
    for (int i = 1; i <= 7; i++) {
      fake.seedUser("User" + i, "Lee", "user" + i + "@example.com");
    }

    List<UserSummary> all =
        users(fake, format).list(UserListQuery.builder().limit(200).build()).stream()
            .collect(Collectors.toList());

    assertThat(all)
        .extracting(u -> u.id().orElseThrow())
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(requests(fake, "GET", "/api/2/users"))
        .extracting(r -> r.queryParam("offset").orElseThrow())
        .containsExactly("0", "3", "6", "7");
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void readsAStoredUserThatBreaksTheInputRulesAndRefusesToSendItBackUnchanged(
      MediaFormat format, FakePublisher fake) {
    ObjectNode odd = JsonNodeFactory.instance.objectNode();
    odd.putObject("name").put("firstname", "x".repeat(150));
    odd.put("email", "not-an-address").put("department", "d".repeat(300));
    String id = fake.storeAsIs(odd);
    UsersApi users = users(fake, format);

    PublisherUser stored = users.get(id);
    List<UserSummary> listed =
        users.list(UserListQuery.all()).stream().collect(Collectors.toList());

    assertThat(stored.name().firstName()).contains("x".repeat(150));
    assertThat(stored.email()).isEqualTo("not-an-address");
    assertThat(stored.department()).contains("d".repeat(300));
    assertThat(listed).extracting(u -> u.email().orElseThrow()).containsExactly("not-an-address");
    assertThatThrownBy(() -> users.update(id, stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("email must be");
    PublisherUser mended =
        PublisherUser.builder()
            .from(stored)
            .email("mended@example.com")
            .name(PersonName.builder().firstName("Mended").build())
            .department("Ops")
            .build();
    users.update(id, mended);
    assertThat(fake.user(id).orElseThrow().path("email").asText()).isEqualTo("mended@example.com");
    assertThat(requests(fake, "PUT", "/api/2/users/" + id)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void refusesAWrongToken(MediaFormat format, FakePublisher fake) {
    UsersApi users = builder(fake, format).bearerToken("wrong-token-3c1d").build().users();

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> users.add(GRACE));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.vendorCode()).contains("401");
    assertThat(e.vendorMessage()).contains("Not authorised");
    assertThat(e).hasMessageNotContaining("wrong-token-3c1d");
    assertThat(fake.users()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void fetchesTokensWithTheRefreshTokenGrantAndRefreshesAfterA401(
      MediaFormat format, FakePublisher fake) {
    UsersApi users =
        builder(fake, format)
            .oauth2(
                FakePublisher.DEFAULT_CLIENT_ID,
                FakePublisher.DEFAULT_CLIENT_SECRET,
                FakePublisher.DEFAULT_REFRESH_TOKEN)
            .build()
            .users();

    String id = users.add(GRACE).id().orElseThrow();
    users.get(id);
    assertThat(fake.issuedAccessTokens()).hasSize(1);
    fake.revokeAccessTokens();
    PublisherUser again = users.get(id);

    assertThat(again.email()).isEqualTo(GRACE.email());
    List<String> issued = fake.issuedAccessTokens();
    assertThat(issued).hasSize(2);
    List<RecordedRequest> grants = requests(fake, "POST", "/api/oauth2/token");
    assertThat(grants).hasSize(2);
    assertThat(grants.get(0).bodyText())
        .contains("grant_type=refresh_token")
        .contains("refresh_token=" + FakePublisher.DEFAULT_REFRESH_TOKEN)
        .contains("client_id=" + FakePublisher.DEFAULT_CLIENT_ID);
    assertThat(grants.get(1).bodyText()).contains("refresh_token=fake-publisher-refresh-1");
    assertThat(requests(fake, "GET", "/api/2/users/" + id))
        .extracting(r -> r.header("Authorization").orElseThrow())
        .containsExactly(
            "Bearer " + issued.get(0), "Bearer " + issued.get(0), "Bearer " + issued.get(1));
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void repeatsAnAddAfterARateLimit(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    fake.failNext(1, Fault.RATE_LIMITED);

    UserSummary created = users.add(GRACE);

    assertThat(created.id()).isPresent();
    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(1));
    assertThat(requests(fake, "POST", "/api/2/users")).hasSize(2);
    assertThat(fake.users()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void repeatsAGetWhenPublisherIsUnavailable(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    String id = fake.seedUser("Ada", "Lovelace", "ada@example.com");
    fake.failNext(1, Fault.UNAVAILABLE);

    PublisherUser ada = users.get(id);

    assertThat(ada.email()).isEqualTo("ada@example.com");
    assertThat(delayer.delays()).hasSize(1);
    assertThat(requests(fake, "GET", "/api/2/users/" + id)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void repeatsAnUpdateAfterADroppedConnection(MediaFormat format, FakePublisher fake) {
    UsersApi users = users(fake, format);
    String id = fake.seedUser("Ada", "Lovelace", "ada@example.com");
    PublisherUser ada = users.get(id);
    fake.failNext(1, Fault.DROP_CONNECTION);

    users.update(id, PublisherUser.builder().from(ada).jobTitle("Analyst").build());

    assertThat(delayer.delays()).hasSize(1);
    assertThat(requests(fake, "PUT", "/api/2/users/" + id)).hasSize(2);
    assertThat(fake.user(id).orElseThrow().path("jobtitle").asText()).isEqualTo("Analyst");
  }
}
