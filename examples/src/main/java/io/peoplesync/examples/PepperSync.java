package io.peoplesync.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.pepper.ActionPoller;
import io.peoplesync.pepper.ActionType;
import io.peoplesync.pepper.Credential;
import io.peoplesync.pepper.InMemoryCheckpoint;
import io.peoplesync.pepper.NewPepperUser;
import io.peoplesync.pepper.PepperAction;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.PepperUserUpdate;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.testkit.pepper.FakePepper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pepper: users keyed by their e-mail credential; leavers get the GDPR delete. After each step the
 * demo's clock moves five minutes and the change-event poller reads what happened.
 */
final class PepperSync implements VendorSync {
  private static final Duration POLL_INTERVAL = Duration.ofMinutes(5);

  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final FakePepper fake =
      new FakePepper(FakePepper.DEFAULT_TOKEN, FakePepper.DEFAULT_APPLICATION_ID, clock);
  private final PepperClient client;
  private final ActionPoller poller;
  private final Map<String, String> pepperIds = new LinkedHashMap<>();
  private final List<PepperAction> delivered = new ArrayList<>();

  PepperSync() {
    fake.start();
    client =
        PepperClient.builder()
            .baseUri(fake.baseUri())
            .token(fake.token())
            .applicationId(fake.applicationId())
            .clock(clock)
            .build();
    poller =
        client
            .actions()
            .poller(InMemoryCheckpoint.startingAt(clock.instant()), ActionType.userLifecycle());
  }

  @Override
  public String vendor() {
    return "Pepper";
  }

  private void pollAfterFiveMinutes() {
    clock.advance(POLL_INTERVAL);
    delivered.addAll(poller.poll());
    poller.commit();
  }

  @Override
  public void hire(List<Employee> employees) {
    for (Employee e : employees) {
      NewPepperUser user =
          NewPepperUser.builder()
              .firstName(e.firstName)
              .lastName(e.lastName)
              .addCredential(Credential.email(e.email))
              .hasAgreedToShareData(true)
              .hasAgreedToReceiveMarketing(false)
              .autoActivate(true)
              .build();
      pepperIds.put(e.id, client.users().create(user).id());
    }
    pollAfterFiveMinutes();
  }

  @Override
  public void change(List<Employee> employees) {
    for (Employee e : employees) {
      client
          .users()
          .update(
              pepperIds.get(e.id),
              PepperUserUpdate.builder()
                  .putExtra("jobTitle", e.newJobTitle)
                  .putExtra("department", e.newDepartment)
                  .build());
    }
    pollAfterFiveMinutes();
  }

  @Override
  public void leave(List<Employee> leavers) {
    for (Employee e : leavers) {
      client.users().delete(pepperIds.get(e.id));
    }
    pollAfterFiveMinutes();
  }

  @Override
  public List<String> verify(List<Employee> employees) {
    List<String> problems = new ArrayList<>();
    Set<String> live = new HashSet<>();
    client.users().list(UserQuery.all()).forEach(u -> live.add(u.id()));
    for (Employee e : employees) {
      String id = pepperIds.get(e.id);
      Optional<ObjectNode> stored = fake.user(id);
      if (e.leaves == live.contains(id)) {
        problems.add(e + ": listed=" + live.contains(id));
      }
      if (!e.leaves
          && !stored.map(u -> u.path("jobTitle").asText()).orElse("").equals(e.newJobTitle)) {
        problems.add(
            e + ": jobTitle " + stored.map(u -> u.path("jobTitle").asText()).orElse("missing"));
      }
    }
    Map<ActionType, Integer> counts = counts();
    expect(problems, counts, ActionType.USER_CREATED, employees.size());
    expect(problems, counts, ActionType.USER_CHANGED, employees.size());
    expect(
        problems,
        counts,
        ActionType.USER_DELETED,
        (int) employees.stream().filter(e -> e.leaves).count());
    Set<String> ids = new HashSet<>();
    delivered.forEach(
        a -> {
          if (!ids.add(a.id())) problems.add("action " + a.id() + " delivered twice");
        });
    return problems;
  }

  private static void expect(
      List<String> problems, Map<ActionType, Integer> counts, ActionType type, int n) {
    if (counts.getOrDefault(type, 0) != n) {
      problems.add(type + ": polled " + counts.getOrDefault(type, 0) + ", expected " + n);
    }
  }

  private Map<ActionType, Integer> counts() {
    Map<ActionType, Integer> counts = new EnumMap<>(ActionType.class);
    delivered.forEach(a -> counts.merge(a.type(), 1, Integer::sum));
    return counts;
  }

  @Override
  public String summary() {
    return fake.users().size() + " live users; poller delivered " + counts();
  }

  @Override
  public void close() {
    fake.close();
  }
}
