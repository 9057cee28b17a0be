package io.peoplesync.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.peoplesync.core.ApiException;
import io.peoplesync.core.ApiTransportException;
import io.peoplesync.core.RetryPolicy;
import io.peoplesync.core.ServerException;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.Fault;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class NeverADuplicateTest {
  private static final Employee ANN =
      Employee.builder()
          .id("E-1001")
          .givenName("Ann")
          .familyName("Peeters")
          .workEmail("ann@example.com")
          .jobTitle("Engineer")
          .build();

  private static List<String> methods(FakeServer fake) {
    return fake.requests().stream()
        .filter(r -> !r.rawPath().contains("token"))
        .map(r -> r.method() + " " + r.segments().get(r.segments().size() - 1))
        .collect(Collectors.toList());
  }

  @Test
  void aConnectionDroppedOnTheCreateIsResolvedByALookupAndLeavesOneUser(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    Plan plan = p.plan(List.of(ANN));
    assertThat(plan.count(ChangeKind.CREATE)).isEqualTo(5);
    // The next request of each fake, the create, loses its connection once it was sent.
    f.all().forEach(x -> x.failNext(1, Fault.DROP_CONNECTION));

    SyncReport report = p.apply(plan);

    assertThat(report.failures()).isEmpty();
    assertThat(s.users()).hasSize(1);
    assertThat(o.accounts()).hasSize(1);
    assertThat(pu.users()).hasSize(1);
    assertThat(sp.users()).hasSize(1);
    assertThat(pe.users()).hasSize(1);
    // Spencer's create is not repeated blindly: lookup, create, (dropped) create-lookup-create.
    List<RecordedRequest> spencerPosts =
        s.requests().stream()
            .filter(r -> r.method().equals("POST") && !r.rawPath().contains("token"))
            .collect(Collectors.toList());
    assertThat(spencerPosts).hasSize(2);
    assertThat(methods(s).subList(methods(s).size() - 2, methods(s).size()))
        .containsExactly("GET E-1001", "POST users");
    assertThat(p.plan(List.of(ANN)).hasWrites()).isFalse();
  }

  @Test
  void anOrtecBatchThatFailsAsAWholeFailsItsChangesAndTheNextRunSendsThemAgain(FakeOrtec o) {
    OrtecClient client =
        OrtecClient.builder()
            .baseUri(o.baseUri())
            .feed(o.feed())
            .apiKey(o.apiKey())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .build();
    Provisioner p =
        Provisioner.builder()
            .target(Targets.ortec(client))
            .stateStore(StateStore.inMemory())
            .build();
    List<Employee> staff = FiveFakes.staff(5);
    // Both attempts the client allows are answered 503: the batch fails as a whole.
    o.failNext(2, Fault.UNAVAILABLE);

    SyncReport failed = p.sync(staff);

    assertThat(failed.failures()).hasSize(5);
    assertThat(failed.failures().get(0).error().get())
        .as("the batch's cause, not a wrapper")
        .isInstanceOf(ServerException.class);
    assertThat(o.accounts()).isEmpty();
    Plan again = p.plan(staff);
    assertThat(again.count(ChangeKind.CREATE)).isEqualTo(5);
    assertThat(p.apply(again).failures()).isEmpty();
    assertThat(o.accounts()).hasSize(5);
  }

  /** A vendor whose create reaches it but whose answer is lost: the worst case. */
  static class LostAnswerAdapter implements Adapter {
    final Map<String, Map<String, String>> users = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    int answersToLose;

    @Override
    public boolean canLookUp() {
      return true;
    }

    @Override
    public Optional<Remote> lookup(String employeeId, Values values) {
      calls.add("lookup " + employeeId);
      return Optional.ofNullable(users.get(employeeId))
          .map(u -> new Remote("v-" + employeeId, u, true));
    }

    @Override
    public String create(String employeeId, Values values) {
      calls.add("create " + employeeId);
      Map<String, String> u = new HashMap<>();
      vendorFields().forEach(fld -> values.get(fld).ifPresent(v -> u.put(fld, v)));
      users.put(employeeId, u);
      if (answersToLose-- > 0) {
        throw new ApiTransportException("POST /users: connection reset", true, null);
      }
      return "v-" + employeeId;
    }

    @Override
    public void update(String vendorId, String employeeId, Values values, boolean reactivate) {
      calls.add("update " + employeeId);
    }

    @Override
    public void deactivate(
        String vendorId, String employeeId, Values values, LocalDate lastDay, Instant now) {
      calls.add("deactivate " + employeeId);
    }

    @Override
    public void delete(String vendorId, String employeeId) {
      calls.add("delete " + employeeId);
    }

    @Override
    public boolean deactivationDeletes() {
      return false;
    }

    @Override
    public boolean canDelete() {
      return true;
    }

    @Override
    public String keyField() {
      return "id";
    }

    @Override
    public List<String> vendorFields() {
      return List.of("id", "title");
    }
  }

  @Test
  void aCreateWhoseAnswerWasLostIsFoundByLookupAndNotSentAgain() {
    LostAnswerAdapter vendor = new LostAnswerAdapter();
    vendor.answersToLose = 1;
    Target t =
        new Target(
            "lost",
            vendor,
            List.of(
                FieldMapping.of("id", "id", e -> Optional.of(e.id())),
                FieldMapping.of("title", "jobTitle", Employee::jobTitle)));
    Provisioner p = Provisioner.builder().target(t).stateStore(StateStore.inMemory()).build();

    SyncReport report = p.provision(ANN);

    assertThat(report.failures()).isEmpty();
    assertThat(vendor.calls).containsExactly("lookup E-1001", "create E-1001", "lookup E-1001");
    assertThat(vendor.users).hasSize(1);
    assertThat(p.plan(List.of(ANN)).hasWrites()).isFalse();
  }

  @Test
  void aCreateThatFailsForGoodIsReportedAndPlannedAgainNextRun() {
    LostAnswerAdapter vendor =
        new LostAnswerAdapter() {
          @Override
          public String create(String employeeId, Values values) {
            calls.add("create " + employeeId);
            throw new RejectedChangeException("lost: refused", null);
          }
        };
    Target t =
        new Target("lost", vendor, List.of(FieldMapping.of("id", "id", e -> Optional.of(e.id()))));
    Provisioner p = Provisioner.builder().target(t).stateStore(StateStore.inMemory()).build();

    SyncReport report = p.provision(ANN);

    assertThat(report.failures()).hasSize(1);
    ApiException error = report.failures().get(0).error().get();
    assertThat(error).hasMessage("lost: refused");
    assertThat(vendor.calls).containsExactly("lookup E-1001", "create E-1001");
    assertThat(p.plan(List.of(ANN)).count(ChangeKind.CREATE)).isEqualTo(1);
  }
}
