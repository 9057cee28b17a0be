package io.peoplesync.pepper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.AuthenticationException;
import io.peoplesync.core.BadRequestException;
import io.peoplesync.core.NotFoundException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.testing.ManualClock;
import io.peoplesync.core.testing.RecordingDelayer;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.Fault;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.pepper.FakePepper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real client against the stateful fake: lifecycle, rules, auth, feed and retries. */
@ExtendWith(FakeVendorsExtension.class)
class PepperFakeIntegrationTest {
  private static final Instant START = Instant.parse("2024-03-01T09:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private final RecordingDelayer delayer = new RecordingDelayer();

  private PepperClient.Builder builder(FakePepper fake) {
    fake.useClock(clock);
    return PepperClient.builder()
        .baseUri(fake.baseUri())
        .token(FakePepper.DEFAULT_TOKEN)
        .applicationId(FakePepper.DEFAULT_APPLICATION_ID)
        .clock(clock)
        .delayer(delayer)
        .retryPolicy(RetryPolicy.builder().jitter(0).build());
  }

  private PepperClient client(FakePepper fake) {
    return builder(fake).build();
  }

  private static NewPepperUser hire(String first, String last) {
    String email = first.toLowerCase(java.util.Locale.ROOT) + "@example.com";
    return NewPepperUser.builder()
        .firstName(first)
        .lastName(last)
        .addCredential(
            Credential.builder().provider(Credential.EMAIL).id(email).token("pw-" + first).build())
        .hasAgreedToShareData(true)
        .hasAgreedToReceiveMarketing(false)
        .autoActivate(true)
        .build();
  }

  private static UserQuery byLogin(String login) {
    return UserQuery.builder().credentialId(login).limit(3).build();
  }

  private static List<String> names(Iterable<PepperUser> users) {
    List<String> out = new ArrayList<>();
    users.forEach(u -> out.add(u.fullName().orElse("?")));
    return out;
  }

  private static List<RecordedRequest> requests(FakePepper fake, String method, String path) {
    return fake.requests().stream()
        .filter(r -> r.method().equals(method) && r.rawPath().equals(path))
        .collect(Collectors.toList());
  }

  @Test
  void hiresListsAcrossPagesChangesAndErases(FakePepper fake) {
    PepperClient pepper = client(fake);
    List<PepperUser> hired = new ArrayList<>();
    for (String[] n : new String[][] {{"Ann", "Lee"}, {"Bob", "Smith"}, {"Cara", "Jones"}}) {
      hired.add(pepper.users().create(hire(n[0], n[1])));
    }
    pepper.users().create(hire("Dev", "Patel"));
    pepper.users().create(hire("Eve", "Brown"));
    PepperUser ann = hired.get(0);
    PepperUser bob = hired.get(1);

    assertThat(ann.fullName()).contains("Ann Lee");
    assertThat(ann.tenantId()).contains(FakePepper.TENANT_ID);
    assertThat(ann.state()).contains("ACTIVE");
    assertThat(ann.created()).contains(START);
    assertThat(ann.credentials()).extracting(Credential::id).containsExactly("ann@example.com");
    assertThat(ann.credentials().get(0).token()).isEmpty();
    assertThat(ann.extras().get("reviewCandidate").asText()).isEqualTo("false");
    assertThat(fake.users()).hasSize(5);
    assertThat(fake.users().toString()).doesNotContain("pw-");

    // five users in pages of two: the short third page ends the listing without a fourth call
    UserQuery everyone = UserQuery.builder().include("credentials").limit(2).build();
    List<PepperUser> listed = pepper.users().list(everyone).stream().collect(Collectors.toList());
    assertThat(names(listed))
        .containsExactly("Ann Lee", "Bob Smith", "Cara Jones", "Dev Patel", "Eve Brown");
    assertThat(listed.get(4).credentials()).extracting(Credential::id).contains("eve@example.com");
    List<RecordedRequest> pages = requests(fake, "GET", "/users");
    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).queryParam("startKey")).isEmpty();
    assertThat(pages.get(1).queryParam("startKey")).isPresent();
    assertThat(pages.get(2).queryParam("limit")).contains("2");
    assertThat(
            pepper.users().list(UserQuery.all()).stream().findFirst().orElseThrow().credentials())
        .isEmpty();

    // existence checks by login
    assertThat(names(pepper.users().list(byLogin("cara@example.com"))))
        .containsExactly("Cara Jones");
    assertThat(pepper.users().list(byLogin("nobody@example.com"))).isEmpty();

    // change: a partial PUT merges, and only Ann counts as updated after the hiring
    clock.advance(Duration.ofMinutes(1));
    PepperUser changed =
        pepper
            .users()
            .update(
                ann.id(),
                PepperUserUpdate.builder()
                    .firstName("Anna")
                    .hasAgreedToReceiveMarketing(true)
                    .build());
    assertThat(changed.fullName()).contains("Anna Lee");
    assertThat(changed.hasAgreedToShareData()).contains(true);
    assertThat(changed.hasAgreedToReceiveMarketing()).contains(true);
    assertThat(changed.updatedAt()).contains(START.plus(Duration.ofMinutes(1)));
    assertThat(names(pepper.users().list(UserQuery.builder().updatedAfter(START).build())))
        .containsExactly("Anna Lee");
    PepperUser cleared =
        pepper.users().update(ann.id(), PepperUserUpdate.builder().clear("lastName").build());
    assertThat(cleared.lastName()).isEmpty();
    assertThat(fake.user(ann.id()).orElseThrow().has("lastName")).isFalse();

    // leave: a GDPR erasure removes Bob from every read and his data from the fake
    pepper.users().delete(bob.id());
    assertThat(names(pepper.users().list(UserQuery.all())))
        .containsExactly("Anna", "Cara Jones", "Dev Patel", "Eve Brown");
    assertThat(pepper.users().list(byLogin("bob@example.com"))).isEmpty();
    JsonNode erased = fake.user(bob.id()).orElseThrow();
    assertThat(erased.path("state").asText()).isEqualTo("DELETED");
    assertThat(erased.toString() + fake.actions()).doesNotContain("Bob", "Smith", "bob@example");
    assertThat(
            catchThrowableOfType(NotFoundException.class, () -> pepper.users().delete(bob.id()))
                .vendorCode())
        .contains("NotFound");
    assertThatThrownBy(
            () ->
                pepper.users().update(bob.id(), PepperUserUpdate.builder().firstName("B").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesASecondAccountForALoginAndTheLookupFindsTheFirst(FakePepper fake) {
    PepperClient pepper = client(fake);
    PepperUser ann = pepper.users().create(hire("Ann", "Lee"));

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class, () -> pepper.users().create(hire("Ann", "Other")));

    assertThat(e.statusCode()).isEqualTo(422);
    assertThat(PepperErrors.isCredentialAlreadyAssociated(e)).isTrue();
    assertThat(e.vendorMessage()).contains("ann@example.com is already associated with an account");
    assertThat(pepper.users().list(byLogin("ann@example.com")))
        .extracting(PepperUser::id)
        .containsExactly(ann.id());
    assertThat(fake.users()).hasSize(1);
    assertThat(requests(fake, "POST", "/users")).hasSize(2);

    // an erasure frees the login for a new account
    pepper.users().delete(ann.id());
    assertThat(pepper.users().create(hire("Ann", "Again")).id()).isNotEqualTo(ann.id());
  }

  @Test
  void pollerDeliversTheLifecycleInOrderExactlyOnce(FakePepper fake) {
    PepperClient pepper = client(fake);
    InMemoryCheckpoint checkpoint = InMemoryCheckpoint.startingAt(START);
    ActionPoller poller =
        pepper.actions().poller(checkpoint, ActionType.userLifecycle()).withPageLimit(2);
    List<PepperAction> delivered = new ArrayList<>();

    clock.advance(Duration.ofMinutes(1));
    String ann = pepper.users().create(hire("Ann", "Lee")).id();
    clock.advance(Duration.ofSeconds(1));
    String bob = pepper.users().create(hire("Bob", "Smith")).id();
    pepper.users().create(hire("Cara", "Jones")); // same millisecond as Bob: ordered by id
    clock.advance(Duration.ofMinutes(5));
    List<PepperAction> first = poller.poll();
    delivered.addAll(first);

    assertThat(first).extracting(PepperAction::type).containsOnly(ActionType.USER_CREATED);
    assertThat(first).extracting(a -> a.userId().orElseThrow()).startsWith(ann, bob);
    assertThat(first.get(0).username()).contains("ann@example.com");
    assertThat(first.get(0).provider()).contains(Credential.EMAIL);
    assertThat(first.get(0).hasAgreedToShareData()).contains(true);
    assertThat(first.get(0).tenant().flatMap(ActionRef::id)).contains(FakePepper.TENANT_ID);
    assertThat(first.get(0).timestamp()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    assertThat(requests(fake, "GET", "/actions")).hasSize(2); // three actions, pages of two

    clock.advance(Duration.ofMinutes(1));
    pepper.users().update(ann, PepperUserUpdate.builder().firstName("Anna").build());
    clock.advance(Duration.ofMinutes(1));
    pepper.users().delete(bob);
    clock.advance(Duration.ofMinutes(5));
    List<PepperAction> second = poller.poll(); // its overlap re-reads the creations
    delivered.addAll(second);

    assertThat(second)
        .extracting(PepperAction::type)
        .containsExactly(ActionType.USER_CHANGED, ActionType.USER_DELETED);
    assertThat(second.get(0).metadata().toString()).isEqualTo("{\"firstName\":\"Anna\"}");
    assertThat(second.get(1).userId()).contains(bob);

    // a change inside the safety lag waits for the next poll
    pepper.users().update(ann, PepperUserUpdate.builder().lastName("Long").build());
    assertThat(poller.poll()).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    List<PepperAction> third = poller.poll();
    delivered.addAll(third);
    assertThat(third).extracting(PepperAction::userId).containsExactly(Optional.of(ann));
    clock.advance(Duration.ofMinutes(10));
    assertThat(poller.poll()).isEmpty();

    assertThat(delivered).extracting(PepperAction::id).doesNotHaveDuplicates().hasSize(6);
    assertThat(delivered)
        .extracting(PepperAction::id)
        .containsExactlyElementsOf(
            fake.actions().stream().map(a -> a.path("_id").asText()).collect(Collectors.toList()));
    poller.commit();
    assertThat(checkpoint.load()).contains(clock.instant().minus(ActionPoller.DEFAULT_SAFETY_LAG));
  }

  @Test
  void aWrongSecretIsAnAuthenticationException(FakePepper fake) {
    PepperClient wrongToken = builder(fake).token("not-the-token").build();
    PepperClient wrongMerchant = builder(fake).applicationId("other-merchant").build();
    PepperClient unknownVersion = builder(fake).apiVersion(9).build();

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class, () -> wrongToken.users().create(hire("Ann", "Lee")));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.vendorCode()).contains("Unauthorized");
    assertThat(e.getMessage() + e.body()).doesNotContain("not-the-token");
    assertThat(fake.users()).isEmpty();
    for (PepperClient c : List.of(wrongToken, wrongMerchant, unknownVersion)) {
      assertThatThrownBy(() -> c.users().list(UserQuery.all()).iterator().hasNext())
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(delayer.delays()).isEmpty();

    fake.useCredentials("rotated", "merchant-7");
    PepperClient rotated = builder(fake).token("rotated").applicationId("merchant-7").build();
    assertThat(rotated.users().create(hire("Ann", "Lee")).id()).isNotBlank();
    assertThat(builder(fake).token("rotated").applicationId("merchant-7").apiVersion(10).build())
        .satisfies(c -> assertThat(c.users().list(UserQuery.all())).hasSize(1));
    assertThatThrownBy(() -> client(fake).users().list(UserQuery.all()).iterator().hasNext())
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void retriesARateLimitedCreateAfterTheRetryAfterWait(FakePepper fake) {
    fake.failNext(1, Fault.RATE_LIMITED);

    PepperUser ann = client(fake).users().create(hire("Ann", "Lee"));

    assertThat(delayer.delays()).containsExactly(Duration.ofSeconds(1));
    assertThat(requests(fake, "POST", "/users")).hasSize(2);
    assertThat(fake.users()).extracting(u -> u.path("id").asText()).containsExactly(ann.id());
  }

  @Test
  void retriesAnUnavailableUpdateWithBackoff(FakePepper fake) {
    String id = fake.seedUser("Ann", "Lee", "ann@example.com");
    fake.failNext(2, Fault.UNAVAILABLE);

    PepperUser changed =
        client(fake).users().update(id, PepperUserUpdate.builder().firstName("Anna").build());

    assertThat(changed.firstName()).contains("Anna");
    assertThat(delayer.delays()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(requests(fake, "PUT", "/users/" + id)).hasSize(3);
    assertThat(fake.actions()).hasSize(1);
  }

  @Test
  void resumesAListingWhoseSecondPageIsUnavailable(FakePepper fake) {
    for (String n : List.of("Ann", "Bob", "Cara")) {
      fake.seedUser(n, "Lee", n + "@example.com");
    }
    Iterator<PepperUser> it =
        client(fake).users().list(UserQuery.builder().limit(2).build()).iterator();
    List<String> firstNames = new ArrayList<>();
    firstNames.add(it.next().firstName().orElseThrow());
    firstNames.add(it.next().firstName().orElseThrow());
    fake.failNext(1, Fault.UNAVAILABLE);
    it.forEachRemaining(u -> firstNames.add(u.firstName().orElseThrow()));

    assertThat(firstNames).containsExactly("Ann", "Bob", "Cara");
    assertThat(delayer.delays()).containsExactly(Duration.ofMillis(200));
    assertThat(requests(fake, "GET", "/users")).hasSize(3);
  }

  @Test
  void retriesADeleteWhoseConnectionDropped(FakePepper fake) {
    String id = fake.seedUser("Ann", "Lee", "ann@example.com");
    fake.failNext(1, Fault.DROP_CONNECTION);

    client(fake).users().delete(id);

    assertThat(delayer.delays()).hasSize(1);
    assertThat(requests(fake, "DELETE", "/users/" + id)).hasSize(2);
    assertThat(fake.user(id).orElseThrow().path("state").asText()).isEqualTo("DELETED");
    assertThat(fake.users()).isEmpty();
  }

  @Test
  void retriesAListingWhoseConnectionDroppedTwice(FakePepper fake) {
    fake.seedUser("Ann", "Lee", "ann@example.com");
    // the JDK repeats a GET once by itself, so the second drop is the one the client sees
    fake.failNext(2, Fault.DROP_CONNECTION);

    assertThat(names(client(fake).users().list(UserQuery.all()))).containsExactly("Ann Lee");
    assertThat(delayer.delays()).hasSize(1);
    assertThat(requests(fake, "GET", "/users")).hasSize(3);
  }

  @Test
  void doesNotRepeatACreateWhoseConnectionDropped(FakePepper fake) {
    fake.failNext(1, Fault.DROP_CONNECTION);

    ApiTransportException e =
        catchThrowableOfType(
            ApiTransportException.class, () -> client(fake).users().create(hire("Ann", "Lee")));

    assertThat(e.mayHaveReachedServer()).isTrue();
    assertThat(delayer.delays()).isEmpty();
    assertThat(requests(fake, "POST", "/users")).hasSize(1);
    assertThat(fake.users()).isEmpty();
  }

  @Test
  void listsEveryUserAndActionWhenTheFakeCapsPagesBelowTheLimitAskedFor(FakePepper fake) {
    PepperClient pepper = client(fake);
    clock.advance(Duration.ofMinutes(1));
    for (int i = 0; i < 250; i++) {
      pepper.users().create(hire("User" + i, "Lee"));
    }

    List<PepperUser> all =
        pepper.users().list(UserQuery.builder().limit(500).build()).stream()
            .collect(Collectors.toList());

    assertThat(all).hasSize(250).extracting(PepperUser::id).doesNotHaveDuplicates();
    List<RecordedRequest> pages = requests(fake, "GET", "/users");
    assertThat(pages).hasSize(3).allMatch(r -> r.queryParam("limit").equals(Optional.of("500")));

    // the poller asks for 500 a page too: every page of the window is read before it commits
    InMemoryCheckpoint checkpoint = InMemoryCheckpoint.startingAt(START);
    ActionPoller poller =
        pepper.actions().poller(checkpoint, ActionType.userLifecycle()).withPageLimit(500);
    clock.advance(Duration.ofMinutes(5));
    List<PepperAction> batch = poller.poll();

    assertThat(batch).hasSize(250).extracting(PepperAction::id).doesNotHaveDuplicates();
    assertThat(requests(fake, "GET", "/actions")).hasSize(3);
    assertThat(checkpoint.load()).contains(START);
    poller.commit();
    assertThat(checkpoint.load()).contains(clock.instant().minus(ActionPoller.DEFAULT_SAFETY_LAG));
  }

  @Test
  void theOverlapCatchesAnActionListedAfterItsWindowWasPolled(FakePepper fake) {
    PepperClient pepper = client(fake);
    ActionPoller poller =
        pepper.actions().poller(InMemoryCheckpoint.startingAt(START), ActionType.userLifecycle());
    ActionPoller noOverlap =
        pepper
            .actions()
            .poller(InMemoryCheckpoint.startingAt(START), ActionType.userLifecycle())
            .withOverlap(Duration.ZERO);
    clock.advance(Duration.ofMinutes(1));
    pepper.users().create(hire("Ann", "Lee"));
    pepper.users().create(hire("Bob", "Smith"));
    String cara = pepper.users().create(hire("Cara", "Jones")).id(); // listed two minutes late

    clock.advance(Duration.ofSeconds(90)); // Cara's creation is inside the window, not yet listed
    assertThat(poller.poll()).extracting(a -> a.userId().orElseThrow()).doesNotContain(cara);
    assertThat(noOverlap.poll()).hasSize(2);

    clock.advance(Duration.ofMinutes(5));
    assertThat(poller.poll()).extracting(a -> a.userId().orElseThrow()).containsExactly(cara);
    assertThat(noOverlap.poll()).isEmpty(); // without the overlap the late action is lost
  }

  @Test
  void aListedUserChangedAndWrittenBackIsAccepted(FakePepper fake) {
    PepperClient pepper = client(fake);
    pepper.users().create(hire("Ann", "Lee"));
    PepperUser ann =
        pepper.users().list(UserQuery.builder().include("credentials").build()).iterator().next();

    PepperUser changed =
        pepper
            .users()
            .update(ann.id(), PepperUserUpdate.builder().fromUser(ann).lastName("Long").build());

    assertThat(changed.fullName()).contains("Ann Long");
    assertThat(fake.actions().get(1).path("metadata").toString())
        .isEqualTo("{\"lastName\":\"Long\"}");
    // sending back what Pepper keeps for itself is refused
    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () ->
                pepper
                    .users()
                    .update(
                        ann.id(),
                        PepperUserUpdate.builder()
                            .fromUser(ann)
                            .putExtra("roles", ann.roles())
                            .build()));
    assertThat(e.vendorMessage()).contains("roles cannot be changed");
  }
}
