package io.peoplesync.examples;

import io.peoplesync.provisioning.Target;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.spencer.SpencerUser;
import io.peoplesync.testkit.spencer.FakeSpencer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Spencer: users with translatable job titles; leavers are archived, not deleted. */
final class SpencerCheck implements VendorCheck {
  private static final String EN = "en-US";

  private final FakeSpencer fake = new FakeSpencer();
  private final SpencerClient client;

  SpencerCheck() {
    fake.start();
    client =
        SpencerClient.builder()
            .baseUri(fake.baseUri())
            .tokenUri(fake.tokenUri())
            .clientCredentials(fake.clientId(), fake.clientSecret())
            .build();
  }

  @Override
  public String vendor() {
    return "Spencer";
  }

  @Override
  public Target target() {
    return Targets.spencer(client);
  }

  @Override
  public List<String> verify(List<HrRow> rows) {
    List<String> problems = new ArrayList<>();
    for (HrRow e : rows) {
      SpencerUser u = client.users().get(e.id);
      if (!e.newJobTitle.equals(u.jobTitle().get(EN))
          || !e.newDepartment.equals(u.department().get(EN))) {
        problems.add(e + ": job " + u.jobTitle() + " / " + u.department());
      }
      if (!Optional.ofNullable(e.managerId).equals(u.manager())) {
        problems.add(e + ": manager " + u.manager().orElse("unset"));
      }
      if (e.leaves != u.archivedAt().isPresent()) {
        problems.add(e + ": archived_at " + u.archivedAt().map(Instant::toString).orElse("unset"));
      }
    }
    return problems;
  }

  @Override
  public String summary() {
    long archived =
        fake.users().values().stream()
            .filter(
                u -> Optional.ofNullable(u.get("archived_at")).filter(n -> !n.isNull()).isPresent())
            .count();
    return fake.users().size()
        + " users, "
        + archived
        + " archived, "
        + fake.tokenRequests()
        + " token request(s)";
  }

  @Override
  public void close() {
    fake.close();
  }
}
