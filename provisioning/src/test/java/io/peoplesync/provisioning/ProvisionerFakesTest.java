package io.peoplesync.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class ProvisionerFakesTest {
  private static final List<String> TARGETS =
      List.of("spencer", "ortec", "publisher", "springest", "pepper");

  @Test
  void createsTwoHundredOnEveryTargetThenAReplanIsUnchangedAndSendsNothing(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    List<Employee> staff = FiveFakes.staff(200);

    Plan first = p.plan(staff);
    assertThat(f.writes()).isEmpty();
    assertThat(first.count(ChangeKind.CREATE)).isEqualTo(1000);
    for (String t : TARGETS) {
      assertThat(first.count(t, ChangeKind.CREATE)).as(t).isEqualTo(200);
    }
    SyncReport report = p.apply(first);

    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes()).hasSize(1000);
    assertThat(s.users()).hasSize(200);
    assertThat(o.accounts()).hasSize(200);
    assertThat(pu.users()).hasSize(200);
    assertThat(sp.users()).hasSize(200);
    assertThat(pe.users()).hasSize(200);
    assertThat(f.spencerClient.users().get("E-0007").jobTitle().get("en-US")).isEqualTo("Engineer");
    assertThat(o.account("E-0007").get()).containsEntry("function", "Engineer");
    // E-0007 reports to E-0001: Springest names the manager's e-mail as approver.
    assertThat(sp.user("E-0007").get().get("approvers").toString()).contains("e1@example.com");
    assertThat(sp.user("E-0000").get().get("approvers").toString()).doesNotContain("@");

    int before = f.requests();
    Plan second = p.plan(staff);
    assertThat(f.requests()).as("a replan of known employees calls no vendor").isEqualTo(before);
    assertThat(second.count(ChangeKind.UNCHANGED)).isEqualTo(1000);
    assertThat(second.hasWrites()).isFalse();
    SyncReport none = p.apply(second);
    assertThat(none.failures()).isEmpty();
    assertThat(f.requests()).as("an unchanged apply sends nothing").isEqualTo(before);
  }

  @Test
  void oneChangedTitleIsAnUpdateOfThatFieldOnlyOnEveryTarget(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    List<Employee> staff = new ArrayList<>(FiveFakes.staff(30));
    assertThat(p.sync(staff).failures()).isEmpty();
    int writes = f.writes().size();

    staff.set(7, staff.get(7).withJobTitle("Staff Engineer"));
    Plan plan = p.plan(staff);

    assertThat(plan.count(ChangeKind.UPDATE)).isEqualTo(5);
    assertThat(plan.count(ChangeKind.UNCHANGED)).isEqualTo(145);
    for (Change c : plan.changes()) {
      if (c.kind() == ChangeKind.UPDATE) {
        assertThat(c.employeeId()).isEqualTo("E-0007");
        assertThat(c.fields())
            .containsOnlyKeys("jobTitle")
            .containsEntry("jobTitle", FieldChange.of("Engineer", "Staff Engineer"));
      }
    }
    assertThat(plan.changes().stream().map(Change::target).distinct())
        .containsExactlyElementsOf(TARGETS);
    assertThat(p.apply(plan).failures()).isEmpty();

    // Spencer and Publisher read before their replacing PUT; the other three write once.
    assertThat(f.writes().size() - writes).isEqualTo(5);
    assertThat(f.spencerClient.users().get("E-0007").jobTitle().get("en-US"))
        .isEqualTo("Staff Engineer");
    assertThat(o.account("E-0007").get()).containsEntry("function", "Staff Engineer");
    assertThat(pu.user("e7@example.com").get().path("jobtitle").asText())
        .isEqualTo("Staff Engineer");
    assertThat(sp.user("E-0007").get()).containsEntry("job_title", "Staff Engineer");
    assertThat(pe.userByCredential("e7@example.com").get().path("jobTitle").asText())
        .isEqualTo("Staff Engineer");
    assertThat(p.plan(staff).hasWrites()).isFalse();
  }

  @Test
  void aFieldEmptiedInHrIsClearedInEveryVendor(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    List<Employee> staff = new ArrayList<>(FiveFakes.staff(10));
    p.sync(staff);

    staff.set(3, Employee.builder().from(staff.get(3)).department(Optional.empty()).build());
    Plan plan = p.plan(staff);
    assertThat(plan.count(ChangeKind.UPDATE)).isEqualTo(5);
    plan.changes().stream()
        .filter(c -> c.kind() == ChangeKind.UPDATE)
        .forEach(
            c ->
                assertThat(c.fields())
                    .containsExactly(Map.entry("department", FieldChange.of("Development", null))));
    assertThat(p.apply(plan).failures()).isEmpty();

    assertThat(f.spencerClient.users().get("E-0003").department()).isEmpty();
    assertThat(o.account("E-0003").get()).doesNotContainKey("department");
    assertThat(pu.user("e3@example.com").get().path("department").asText("")).isEmpty();
    assertThat(String.valueOf(sp.user("E-0003").get().get("department_name"))).isIn("", "null");
    assertThat(
            pe.userByCredential("e3@example.com").get().path("department").isNull()
                || pe.userByCredential("e3@example.com").get().path("department").isMissingNode())
        .isTrue();
  }

  @Test
  void leaversAreDeactivatedTheWayEachVendorDoesItAndARehireReactivates(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    List<Employee> staff = new ArrayList<>(FiveFakes.staff(40));
    p.sync(staff);

    LocalDate lastDay = LocalDate.of(2026, 11, 30);
    for (int i : new int[] {31, 32, 33}) {
      staff.set(i, staff.get(i).withStatus(EmploymentStatus.TERMINATED).withEndDate(lastDay));
    }
    Plan plan = p.plan(staff);
    for (String t : TARGETS) {
      assertThat(plan.count(t, ChangeKind.DEACTIVATE)).as(t).isEqualTo(3);
    }
    assertThat(p.apply(plan).failures()).isEmpty();

    assertThat(s.user("E-0031").get().path("archived_at").isTextual()).isTrue();
    assertThat(s.user("E-0030").get().path("archived_at").isTextual()).isFalse();
    assertThat(o.account("E-0031")).isEmpty();
    assertThat(pu.user("e31@example.com").get().path("status").asText())
        .isEqualToIgnoringCase("archived");
    assertThat(sp.user("E-0031").get()).containsEntry("active", false);
    assertThat(sp.user("E-0031").get()).containsEntry("employment_end_date", "2026-11-30");
    assertThat(pe.userByCredential("e31@example.com")).isEmpty();
    assertThat(p.plan(staff).hasWrites()).as("deactivated stays deactivated").isFalse();

    staff.set(31, staff.get(31).withStatus(EmploymentStatus.ACTIVE));
    Plan rehire = p.plan(staff);
    assertThat(rehire.count("spencer", ChangeKind.UPDATE)).isEqualTo(1);
    assertThat(rehire.count("publisher", ChangeKind.UPDATE)).isEqualTo(1);
    assertThat(rehire.count("springest", ChangeKind.UPDATE)).isEqualTo(1);
    assertThat(rehire.count("ortec", ChangeKind.CREATE)).isEqualTo(1);
    assertThat(rehire.count("pepper", ChangeKind.CREATE)).isEqualTo(1);
    assertThat(
            rehire.changes().stream()
                .filter(c -> c.target().equals("spencer") && c.kind() == ChangeKind.UPDATE)
                .findFirst()
                .get()
                .fields())
        .containsEntry("active", FieldChange.of("false", "true"));
    assertThat(p.apply(rehire).failures()).isEmpty();
    assertThat(s.user("E-0031").get().path("archived_at").isTextual()).isFalse();
    assertThat(o.account("E-0031")).isPresent();
    assertThat(pu.user("e31@example.com").get().path("status").asText())
        .isEqualToIgnoringCase("active");
    assertThat(sp.user("E-0031").get()).containsEntry("active", true);
    assertThat(pe.userByCredential("e31@example.com")).isPresent();
  }

  @Test
  void aPopulationThatDroppedByHalfIsRefusedWithNothingSent(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    List<Employee> staff = FiveFakes.staff(60);
    p.sync(staff);
    int before = f.requests();

    Plan half = p.plan(staff.subList(0, 30));
    assertThat(half.count(ChangeKind.DEACTIVATE)).isEqualTo(150);
    assertThatThrownBy(() -> p.apply(half))
        .isInstanceOfSatisfying(
            GuardRailException.class,
            e -> {
              assertThat(e.target()).isEqualTo("*");
              assertThat(e.planned()).isEqualTo(30);
              assertThat(e.allowed()).isEqualTo(12);
            });
    assertThatThrownBy(() -> p.apply(half, ApplyOptions.builder().allowShrink(true).build()))
        .isInstanceOfSatisfying(
            GuardRailException.class,
            e -> {
              assertThat(e.target()).isEqualTo("spencer");
              assertThat(e.planned()).isEqualTo(30);
              assertThat(e.allowed()).isEqualTo(6);
            });
    assertThat(f.requests()).as("refused before any request").isEqualTo(before);
    assertThat(s.users()).hasSize(60);

    SyncReport allowed = p.apply(half, ApplyOptions.allowAll());
    assertThat(allowed.failures()).isEmpty();
    assertThat(allowed.succeeded(ChangeKind.DEACTIVATE)).isEqualTo(150);
    assertThat(pe.users()).hasSize(30);
  }

  @Test
  void deactivationsAboveTheShareAreRefusedUnlessAllowedForOneRun(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).maxDeactivationShare(0.10).build();
    List<Employee> staff = new ArrayList<>(FiveFakes.staff(50));
    p.sync(staff);
    for (int i = 40; i < 46; i++) {
      staff.set(i, staff.get(i).withStatus(EmploymentStatus.TERMINATED));
    }
    int before = f.requests();
    Plan plan = p.plan(staff);

    assertThatThrownBy(() -> p.apply(plan))
        .isInstanceOfSatisfying(
            GuardRailException.class,
            e -> {
              assertThat(e.target()).isEqualTo("spencer");
              assertThat(e.planned()).isEqualTo(6);
              assertThat(e.allowed()).isEqualTo(5);
            });
    assertThat(f.requests()).isEqualTo(before);
    assertThat(p.apply(plan, ApplyOptions.builder().allowDeactivations(6).build()).failures())
        .isEmpty();
    assertThat(o.accounts()).hasSize(44);
  }

  @Test
  void anEmptyStateOverProvisionedVendorsMatchesInsteadOfDuplicating(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    List<Employee> staff = FiveFakes.staff(20);
    f.provisioner(StateStore.inMemory()).build().sync(staff);

    Provisioner amnesiac = f.provisioner(StateStore.inMemory()).build();
    Plan plan = amnesiac.plan(staff);
    assertThat(plan.count("spencer", ChangeKind.UNCHANGED)).isEqualTo(20);
    assertThat(plan.count("publisher", ChangeKind.UNCHANGED)).isEqualTo(20);
    assertThat(plan.count("pepper", ChangeKind.UNCHANGED)).isEqualTo(20);
    // Springest's lookup returns no profile: a match is saved in full once, on its external id.
    assertThat(plan.count("springest", ChangeKind.UPDATE)).isEqualTo(20);
    // ORTEC has no read: its upsert on the account id cannot duplicate.
    assertThat(plan.count("ortec", ChangeKind.CREATE)).isEqualTo(20);
    assertThat(amnesiac.apply(plan).failures()).isEmpty();

    assertThat(s.users()).hasSize(20);
    assertThat(o.accounts()).hasSize(20);
    assertThat(pu.users()).hasSize(20);
    assertThat(sp.users()).hasSize(20);
    assertThat(pe.users()).hasSize(20);
    assertThat(amnesiac.plan(staff).hasWrites()).isFalse();
  }

  @Test
  void oneProvisionReachesAllFive(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    Provisioner p = f.provisioner(StateStore.inMemory()).build();
    Employee ann =
        Employee.builder()
            .id("E-1001")
            .givenName("Ann")
            .familyName("Peeters")
            .preferredName("Annie")
            .workEmail("ann@example.com")
            .mobilePhone("+32470000000")
            .jobTitle("Software Engineer")
            .department("Development")
            .costCenter("CC-12")
            .status(EmploymentStatus.ACTIVE)
            .startDate(LocalDate.parse("2026-01-05"))
            .build();

    SyncReport report = p.provision(ann);

    assertThat(report.outcomes()).hasSize(5).allMatch(Outcome::succeeded);
    assertThat(report.outcomes().stream().map(x -> x.change().target()))
        .containsExactlyElementsOf(TARGETS);
    assertThat(s.user("E-1001")).isPresent();
    assertThat(o.account("E-1001").get()).containsEntry("email", "ann@example.com");
    JsonNode publisherUser = pu.user("ann@example.com").get();
    assertThat(publisherUser.path("name").path("goesby").asText()).isEqualTo("Annie");
    assertThat(sp.user("E-1001").get()).containsEntry("cost_center", "CC-12");
    assertThat(pe.userByCredential("ann@example.com").get().path("firstName").asText())
        .isEqualTo("Ann");

    assertThat(p.provision(ann.withJobTitle("Lead")).outcomes())
        .allMatch(x -> x.succeeded() && x.change().kind() == ChangeKind.UPDATE);
    assertThat(p.provision(ann.withStatus(EmploymentStatus.TERMINATED)).outcomes())
        .allMatch(x -> x.succeeded() && x.change().kind() == ChangeKind.DEACTIVATE);
    assertThat(pe.users()).isEmpty();
  }
}
