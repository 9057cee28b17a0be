package io.peoplesync.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peoplesync.pepper.ActionPoller;
import io.peoplesync.pepper.ActionType;
import io.peoplesync.pepper.InMemoryCheckpoint;
import io.peoplesync.pepper.PepperAction;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.provisioning.Target;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.testkit.pepper.FakePepper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pepper: users found by their e-mail credential; Pepper has no deactivation, so leavers get the
 * GDPR delete. After each step the demo's clock moves five minutes and the change-event poller
 * reads what happened.
 */
final class PepperCheck implements VendorCheck {
  private static final Duration POLL_INTERVAL = Duration.ofMinutes(5);

  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final FakePepper fake =
      new FakePepper(FakePepper.DEFAULT_TOKEN, FakePepper.DEFAULT_APPLICATION_ID, clock);
  private final PepperClient client;
  private final ActionPoller poller;
  private final List<PepperAction> delivered = new ArrayList<>();

  PepperCheck() {
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

  @Override
  public Target target() {
    return Targets.pepper(client);
  }

  @Override
  public void afterStep() {
    clock.advance(POLL_INTERVAL);
    delivered.addAll(poller.poll());
    poller.commit();
  }

  @Override
  public List<String> verify(List<HrRow> rows) {
    List<String> problems = new ArrayList<>();
    Set<String> live = new HashSet<>();
    client.users().list(UserQuery.all()).forEach(u -> live.add(u.id()));
    for (HrRow e : rows) {
      Optional<ObjectNode> stored = fake.userByCredential(e.email);
      boolean listed = stored.map(u -> live.contains(u.path("id").asText())).orElse(false);
      if (e.leaves == listed) {
        problems.add(e + ": listed=" + listed);
      }
      if (!e.leaves
          && !stored.map(u -> u.path("jobTitle").asText()).orElse("").equals(e.newJobTitle)) {
        problems.add(
            e + ": jobTitle " + stored.map(u -> u.path("jobTitle").asText()).orElse("missing"));
      }
    }
    Map<ActionType, Integer> counts = counts();
    expect(problems, counts, ActionType.USER_CREATED, rows.size());
    expect(
        problems,
        counts,
        ActionType.USER_CHANGED,
        (int) rows.stream().filter(HrRow::changes).count());
    expect(
        problems,
        counts,
        ActionType.USER_DELETED,
        (int) rows.stream().filter(e -> e.leaves).count());
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
