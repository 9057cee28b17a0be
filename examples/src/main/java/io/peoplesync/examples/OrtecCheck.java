package io.peoplesync.examples;

import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.provisioning.Target;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.testkit.ortec.FakeOrtec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ORTEC Relevance: batches keyed by HR id; ORTEC has no deactivation, so leavers are deleted. */
final class OrtecCheck implements VendorCheck {
  private final FakeOrtec fake = new FakeOrtec();
  private final OrtecClient client;

  OrtecCheck() {
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

  @Override
  public Target target() {
    return Targets.ortec(client);
  }

  @Override
  public List<String> verify(List<HrRow> rows) {
    List<String> problems = new ArrayList<>();
    for (HrRow e : rows) {
      // ORTEC documents no read, so the final state is read from the fake.
      Optional<Map<String, Object>> account = fake.account(e.id);
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
