package io.peoplesync.examples;

import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.spencer.SpencerUser;
import io.peoplesync.testkit.spencer.FakeSpencer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Spencer: users with translatable job titles; leavers are archived, not deleted. */
final class SpencerSync implements VendorSync {
  private static final String EN = "en-US";

  private final FakeSpencer fake = new FakeSpencer();
  private final SpencerClient client;

  SpencerSync() {
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
  public void hire(List<Employee> employees) {
    for (Employee e : employees) {
      client
          .users()
          .create(
              SpencerUser.builder()
                  .externalId(e.id)
                  .firstName(e.firstName)
                  .lastName(e.lastName)
                  .email(e.email)
                  .putJobTitle(EN, e.jobTitle)
                  .putDepartment(EN, e.department)
                  .build());
    }
  }

  @Override
  public void change(List<Employee> employees) {
    for (Employee e : employees) {
      SpencerUser current = client.users().get(e.id);
      client
          .users()
          .update(
              e.id,
              SpencerUser.builder()
                  .from(current)
                  .jobTitle(Map.of(EN, e.newJobTitle))
                  .department(Map.of(EN, e.newDepartment))
                  .build());
    }
  }

  @Override
  public void leave(List<Employee> leavers) {
    for (Employee e : leavers) {
      client.users().archive(e.id, Instant.now());
    }
  }

  @Override
  public List<String> verify(List<Employee> employees) {
    List<String> problems = new ArrayList<>();
    for (Employee e : employees) {
      SpencerUser u = client.users().get(e.id);
      if (!e.newJobTitle.equals(u.jobTitle().get(EN))
          || !e.newDepartment.equals(u.department().get(EN))) {
        problems.add(e + ": job " + u.jobTitle() + " / " + u.department());
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
