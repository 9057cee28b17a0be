package io.peoplesync.examples;

import io.peoplesync.provisioning.Target;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUserStatus;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Springest Go: every save is the complete record, matched on external id; leavers are saved with
 * {@code active=false} and their end date; managers are their reports' approvers.
 */
final class SpringestCheck implements VendorCheck {
  private final FakeSpringest fake = new FakeSpringest();
  private final SpringestClient client;

  SpringestCheck() {
    fake.start();
    client = SpringestClient.builder().baseUri(fake.baseUri()).apiKey(fake.apiKey()).build();
  }

  @Override
  public String vendor() {
    return "Springest";
  }

  @Override
  public Target target() {
    return Targets.springest(client);
  }

  @Override
  public List<String> verify(List<HrRow> rows) {
    List<String> problems = new ArrayList<>();
    for (HrRow e : rows) {
      Optional<SpringestUserStatus> status = client.users().findByExternalId(e.id);
      if (status.isEmpty()) {
        problems.add(e + ": not found");
        continue;
      }
      if (status.get().active().orElse(true) == e.leaves) {
        problems.add(e + ": active=" + status.get().active().orElse(null));
      }
      // Springest's read returns no profile, so the fields are read from the fake.
      Map<String, Object> stored = fake.user(e.id).orElse(Map.of());
      if (!e.newJobTitle.equals(stored.get("job_title"))) {
        problems.add(e + ": job_title " + stored.get("job_title"));
      }
      if (e.leaves && !HrRow.LAST_DAY.toString().equals(stored.get("employment_end_date"))) {
        problems.add(e + ": employment_end_date " + stored.get("employment_end_date"));
      }
      String approvers = String.valueOf(stored.get("approvers"));
      String manager =
          rows.stream()
              .filter(m -> m.id.equals(e.managerId))
              .map(m -> m.email)
              .findFirst()
              .orElse("");
      if (!manager.isEmpty() && !approvers.contains(manager)) {
        problems.add(e + ": approvers " + approvers);
      }
    }
    return problems;
  }

  @Override
  public String summary() {
    long inactive =
        fake.users().values().stream().filter(u -> Boolean.FALSE.equals(u.get("active"))).count();
    return fake.users().size() + " users, " + inactive + " deactivated";
  }

  @Override
  public void close() {
    fake.close();
  }
}
