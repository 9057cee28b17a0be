package io.peoplesync.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class PlanAndAuditTest {
  @Test
  void aPlanPrintsAsATableAndSerialisesToJson(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe)
      throws Exception {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    List<Employee> staff = new ArrayList<>(FiveFakes.staff(3));
    p.sync(staff);
    staff.set(2, staff.get(2).withJobTitle("Lead"));
    Plan plan = p.plan(staff);

    assertThat(plan.toTable())
        .contains("target      create  update unchanged deactivate  delete")
        .contains("spencer          0       1         2          0       0")
        .contains("spencer    E-0002         UPDATE     jobTitle: Engineer -> Lead");
    assertThat(plan.toString()).doesNotContain("E-0002");

    JsonNode json = new ObjectMapper().readTree(plan.toJson());
    assertThat(json.path("fullPopulation").asBoolean()).isTrue();
    assertThat(json.path("summary").path("pepper").path("UPDATE").asInt()).isEqualTo(1);
    assertThat(json.path("changes")).hasSize(15);
    JsonNode update = json.path("changes").get(2);
    assertThat(update.path("kind").asText()).isEqualTo("UPDATE");
    assertThat(update.path("fields").path("jobTitle").path("before").asText())
        .isEqualTo("Engineer");
    assertThat(update.path("fields").path("jobTitle").path("after").asText()).isEqualTo("Lead");
  }

  @Test
  void theAuditListenerHearsEveryOutcomeWithSensitiveValuesMasked(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    Provisioner p =
        f.provisioner(StateStore.inMemory())
            .auditListener(events::add)
            .auditListener(
                e -> {
                  throw new IllegalStateException("a broken sink does not stop the sync");
                })
            .sensitiveField("mobilePhone")
            .build();
    Employee ann = FiveFakes.staff(1).get(0);
    p.provision(ann);
    assertThat(events).hasSize(5).allMatch(e -> e.kind() == ChangeKind.CREATE && e.succeeded());
    events.clear();

    Employee moved =
        Employee.builder().from(ann).mobilePhone("+32499999999").jobTitle("CTO").build();
    p.provision(moved);

    AuditEvent spencer =
        events.stream().filter(e -> e.target().equals("spencer")).findFirst().get();
    assertThat(spencer.employeeId()).isEqualTo("E-0000");
    assertThat(spencer.kind()).isEqualTo(ChangeKind.UPDATE);
    assertThat(spencer.fields().get("jobTitle")).isEqualTo(FieldChange.of("Engineer", "CTO"));
    assertThat(spencer.fields().get("mobilePhone")).isEqualTo(FieldChange.of("****", "****"));
    assertThat(spencer.toString()).doesNotContain("+3247", "+32499999999");
    assertThat(spencer.duration()).isPositive();
    for (AuditEvent e : events) {
      assertThat(e.toString())
          .doesNotContain(s.clientSecret(), pu.token(), sp.apiKey(), o.apiKey(), pe.token());
    }
  }

  @Test
  void aFailureIsAnAuditedOutcomeWithTheErrorAndTheRestGoesOn(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    Provisioner p = f.provisioner(StateStore.inMemory()).auditListener(events::add).build();
    // Publisher and Pepper need an e-mail address; the other three do not.
    Employee noMail = Employee.builder().id("E-9").givenName("No").familyName("Mail").build();

    SyncReport report = p.provision(noMail);

    assertThat(report.failures())
        .extracting(x -> x.change().target())
        .containsExactlyInAnyOrder("publisher", "pepper");
    assertThat(report.failures().get(0).error().get()).isInstanceOf(RejectedChangeException.class);
    AuditEvent failed = events.stream().filter(e -> e.target().equals("pepper")).findFirst().get();
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.error().get()).startsWith("RejectedChangeException: pepper:");
    assertThat(s.users()).hasSize(1);
  }

  @Test
  void anAdjustedMappingWritesItsSourceAndAnUnmappedFieldIsLeftAlone(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Target spencer =
        Targets.spencer(f.spencerClient)
            .withField("division", "site", e -> e.attribute("site"))
            .withoutField("mobile");
    Provisioner p = Provisioner.builder().target(spencer).stateStore(StateStore.inMemory()).build();
    Employee ann =
        Employee.builder().from(FiveFakes.staff(1).get(0)).putAttribute("site", "Ghent").build();
    p.provision(ann);

    assertThat(f.spencerClient.users().get("E-0000").division()).containsEntry("en-US", "Ghent");
    assertThat(f.spencerClient.users().get("E-0000").mobile()).isEmpty();
    Plan plan =
        p.planChanges(
            List.of(Employee.builder().from(ann).putAttribute("site", "Antwerp").build()));
    assertThat(plan.changes().get(0).fields()).containsOnlyKeys("site");
    assertThat(spencer.mappedFields())
        .contains("division <- site")
        .noneMatch(m -> m.startsWith("mobile"));
    assertThatThrownBy(() -> spencer.withField("shoe_size", "x", e -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("vendorField: spencer has no field shoe_size");
    assertThatThrownBy(() -> Targets.pepper(f.pepperClient).withoutField("credential"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifies the user");
    assertThatThrownBy(() -> Targets.pepper(f.pepperClient).deleteAfter(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDeletionPolicyDeletesDeactivatedUsersOnceTheirTimeHasCome(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
    Provisioner p =
        Provisioner.builder()
            .target(Targets.spencer(f.spencerClient).deleteAfter(Period.ofDays(30)))
            .stateStore(StateStore.inMemory())
            .clock(clock)
            .build();
    List<Employee> staff = new ArrayList<>(FiveFakes.staff(20));
    p.sync(staff);
    staff.set(5, staff.get(5).withStatus(EmploymentStatus.TERMINATED));
    p.sync(staff);
    assertThat(s.user("E-0005")).isPresent();

    clock.now = Instant.parse("2026-11-30T08:00:00Z");
    assertThat(p.plan(staff).hasWrites()).isFalse();
    clock.now = Instant.parse("2026-12-01T08:00:00Z");
    Plan plan = p.plan(staff);
    assertThat(plan.count("spencer", ChangeKind.DELETE)).isEqualTo(1);
    assertThat(p.apply(plan).failures()).isEmpty();
    assertThat(s.user("E-0005")).isEmpty();
    assertThat(p.plan(staff).hasWrites()).isFalse();
  }

  @Test
  void ortecIsWrittenInBatchesOfAtMostAThousand(FakeOrtec o) {
    OrtecClient client =
        OrtecClient.builder().baseUri(o.baseUri()).feed(o.feed()).apiKey(o.apiKey()).build();
    Provisioner p =
        Provisioner.builder()
            .target(Targets.ortec(client))
            .stateStore(StateStore.inMemory())
            .build();

    assertThat(p.sync(FiveFakes.staff(2500)).failures()).isEmpty();

    assertThat(o.accounts()).hasSize(2500);
    assertThat(o.batchSizes()).allMatch(n -> n <= 1000).hasSize(3);
    assertThat(o.batchSizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2500);
  }

  static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
