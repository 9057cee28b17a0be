package io.peoplesync.examples;

import io.peoplesync.ortec.BatchResult;
import io.peoplesync.ortec.OrtecAccount;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.testkit.ortec.FakeOrtec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** ORTEC Relevance: one batch per step, keyed by e-mail; leavers are deleted. */
final class OrtecSync implements VendorSync {
  private final FakeOrtec fake = new FakeOrtec();
  private final OrtecClient client;
  private final List<String> itemFailures = new ArrayList<>();

  OrtecSync() {
    fake.start();
    client =
        OrtecClient.builder()
            .baseUri(fake.baseUri())
            .feed(fake.feed())
            .apiKey(fake.apiKey())
            .build();
  }

  @Override
  public String vendor() {
    return "ORTEC";
  }

  private static OrtecAccount account(Employee e, String function, String department) {
    return OrtecAccount.builder()
        .id(e.email)
        .firstName(e.firstName)
        .lastName(e.lastName)
        .email(e.email)
        .function(function)
        .put("department", department)
        .put("employeeId", e.id)
        .build();
  }

  private void record(BatchResult result) {
    result.failures().forEach(f -> itemFailures.add(f.id() + ": " + f.error().orElse("failed")));
  }

  @Override
  public void hire(List<Employee> employees) {
    record(
        client
            .accounts()
            .upsert(
                employees.stream()
                    .map(e -> account(e, e.jobTitle, e.department))
                    .collect(Collectors.toList())));
  }

  @Override
  public void change(List<Employee> employees) {
    record(
        client
            .accounts()
            .upsert(
                employees.stream()
                    .map(e -> account(e, e.newJobTitle, e.newDepartment))
                    .collect(Collectors.toList())));
  }

  @Override
  public void leave(List<Employee> leavers) {
    record(
        client.accounts().delete(leavers.stream().map(e -> e.email).collect(Collectors.toList())));
  }

  @Override
  public List<String> verify(List<Employee> employees) {
    List<String> problems = new ArrayList<>(itemFailures);
    for (Employee e : employees) {
      Optional<Map<String, Object>> account = fake.account(e.email);
      if (e.leaves) {
        account.ifPresent(a -> problems.add(e + ": still present after delete"));
      } else if (account.isEmpty()) {
        problems.add(e + ": missing");
      } else if (!e.newJobTitle.equals(account.get().get("function"))
          || !e.newDepartment.equals(account.get().get("department"))) {
        problems.add(
            e
                + ": function "
                + account.get().get("function")
                + " / "
                + account.get().get("department"));
      }
    }
    return problems;
  }

  @Override
  public String summary() {
    return fake.accounts().size()
        + " accounts after "
        + fake.batchSizes().size()
        + " batch(es) "
        + fake.batchSizes();
  }

  @Override
  public void close() {
    fake.close();
  }
}
