package io.peoplesync.examples;

import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUser;
import io.peoplesync.springest.SpringestUserStatus;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Springest Go: every save replaces the whole user, so the integration keeps the full record it
 * last sent; leavers are deactivated with an end date.
 */
final class SpringestSync implements VendorSync {
  private final FakeSpringest fake = new FakeSpringest();
  private final SpringestClient client;
  private final Map<String, SpringestUser> lastSent = new LinkedHashMap<>();

  SpringestSync() {
    fake.start();
    client = SpringestClient.builder().baseUri(fake.baseUri()).apiKey(fake.apiKey()).build();
  }

  @Override
  public String vendor() {
    return "Springest";
  }

  private void save(Employee e, String jobTitle, String department) {
    SpringestUser user =
        SpringestUser.builder()
            .externalId(e.id)
            .email(e.email)
            .firstName(e.firstName)
            .lastName(e.lastName)
            .jobTitle(jobTitle)
            .departmentName(department)
            .employmentStartDate(e.startDate)
            .active(true)
            .build();
    client.users().save(user);
    lastSent.put(e.id, user);
  }

  @Override
  public void hire(List<Employee> employees) {
    employees.forEach(e -> save(e, e.jobTitle, e.department));
  }

  @Override
  public void change(List<Employee> employees) {
    employees.forEach(e -> save(e, e.newJobTitle, e.newDepartment));
  }

  @Override
  public void leave(List<Employee> leavers) {
    for (Employee e : leavers) {
      client.users().deactivate(lastSent.get(e.id), LocalDate.now());
    }
  }

  @Override
  public List<String> verify(List<Employee> employees) {
    List<String> problems = new ArrayList<>();
    for (Employee e : employees) {
      Optional<SpringestUserStatus> status = client.users().findByExternalId(e.id);
      if (status.isEmpty()) {
        problems.add(e + ": not found");
        continue;
      }
      if (status.get().active().orElse(true) == e.leaves) {
        problems.add(e + ": active=" + status.get().active().orElse(null));
      }
      Object job = fake.user(e.id).map(u -> u.get("job_title")).orElse(null);
      if (!e.newJobTitle.equals(job)) {
        problems.add(e + ": job_title " + job);
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
