package io.peoplesync.benchmarks.provisioning;

import com.sun.management.OperatingSystemMXBean;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.provisioning.ChangeKind;
import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.EmploymentStatus;
import io.peoplesync.provisioning.Plan;
import io.peoplesync.provisioning.Provisioner;
import io.peoplesync.provisioning.StateStore;
import io.peoplesync.provisioning.SyncReport;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Provisions N employees (10,000 unless the first argument says otherwise) on the five fakes with
 * the state in an H2 file database, then re-syncs the unchanged population twice: with the same
 * provisioner and with a new one over the same database (a restart). Prints the wall time of each
 * run and the requests each fake received, per employee.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am compile exec:exec -Dbench.main=provisioning}, or with
 * {@code java -cp ...} directly. Not a test: nothing here asserts a time.
 */
public final class ProvisioningBenchmark {
  private ProvisioningBenchmark() {}

  /** Runs the benchmark; {@code args[0]} is the number of employees. */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("peoplesync-bench");
    FakeSpencer spencer = new FakeSpencer();
    FakeOrtec ortec = new FakeOrtec();
    FakePublisher publisher = new FakePublisher();
    FakeSpringest springest = new FakeSpringest();
    FakePepper pepper = new FakePepper();
    Map<String, FakeServer> fakes = new LinkedHashMap<>();
    fakes.put("spencer", spencer);
    fakes.put("ortec", ortec);
    fakes.put("publisher", publisher);
    fakes.put("springest", springest);
    fakes.put("pepper", pepper);
    fakes.values().forEach(FakeServer::start);
    JdbcConnectionPool pool =
        JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("state"), "sa", "");
    try {
      List<Employee> staff = staff(n);
      Provisioner p = provisioner(spencer, ortec, publisher, springest, pepper, pool);

      Map<String, Integer> before = counts(fakes);
      long c0 = cpu();
      long t0 = System.nanoTime();
      Plan first = p.plan(staff);
      long t1 = System.nanoTime();
      SyncReport created = p.apply(first);
      long t2 = System.nanoTime();
      long c2 = cpu();
      Map<String, Integer> afterFirst = counts(fakes);
      System.out.printf(
          "first sync: %d employees x %d targets, %d created, %d failed: plan %.1f s + apply %.1f s"
              + " = %.1f s wall, %.1f s CPU (fakes included)%n",
          n,
          fakes.size(),
          created.succeeded(ChangeKind.CREATE),
          created.failures().size(),
          secs(t1 - t0),
          secs(t2 - t1),
          secs(t2 - t0),
          secs(c2 - c0));
      for (String t : fakes.keySet()) {
        System.out.printf(
            "  %-10s %6d requests, %.2f per employee%n",
            t, afterFirst.get(t) - before.get(t), (afterFirst.get(t) - before.get(t)) / (double) n);
      }
      System.out.println("  ortec batch sizes: " + ortec.batchSizes());
      created.failures().stream()
          .limit(5)
          .forEach(o -> System.out.println("  failure: " + o.change() + " " + o.error()));

      resync("no-op re-sync, same provisioner", p, staff, fakes);
      Provisioner restarted = provisioner(spencer, ortec, publisher, springest, pepper, pool);
      resync("no-op re-sync, new provisioner (restart)", restarted, staff, fakes);
      resync("no-op re-sync, again", restarted, staff, fakes);
    } finally {
      pool.dispose();
      fakes.values().forEach(FakeServer::close);
    }
  }

  private static void resync(
      String name, Provisioner p, List<Employee> staff, Map<String, FakeServer> fakes) {
    int before = counts(fakes).values().stream().mapToInt(Integer::intValue).sum();
    long c0 = cpu();
    long t0 = System.nanoTime();
    Plan plan = p.plan(staff);
    SyncReport report = p.apply(plan);
    long t1 = System.nanoTime();
    long c1 = cpu();
    int after = counts(fakes).values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "%s: %d unchanged, %d failed, %d requests, %.2f s wall, %.2f s CPU%n",
        name,
        plan.count(ChangeKind.UNCHANGED),
        report.failures().size(),
        after - before,
        secs(t1 - t0),
        secs(c1 - c0));
  }

  private static Provisioner provisioner(
      FakeSpencer spencer,
      FakeOrtec ortec,
      FakePublisher publisher,
      FakeSpringest springest,
      FakePepper pepper,
      JdbcConnectionPool pool) {
    return Provisioner.builder()
        .target(
            Targets.spencer(
                SpencerClient.builder()
                    .baseUri(spencer.baseUri())
                    .tokenUri(spencer.tokenUri())
                    .clientCredentials(spencer.clientId(), spencer.clientSecret())
                    .build()))
        .target(
            Targets.ortec(
                OrtecClient.builder()
                    .baseUri(ortec.baseUri())
                    .feed(ortec.feed())
                    .apiKey(ortec.apiKey())
                    .build()))
        .target(
            Targets.publisher(
                PublisherClient.builder()
                    .baseUri(publisher.baseUri())
                    .bearerToken(publisher.token())
                    .build()))
        .target(
            Targets.springest(
                SpringestClient.builder()
                    .baseUri(springest.baseUri())
                    .apiKey(springest.apiKey())
                    .build()))
        .target(
            Targets.pepper(
                PepperClient.builder()
                    .baseUri(pepper.baseUri())
                    .token(pepper.token())
                    .applicationId(pepper.applicationId())
                    .build()))
        .stateStore(StateStore.jdbc(pool))
        .build();
  }

  private static Map<String, Integer> counts(Map<String, FakeServer> fakes) {
    Map<String, Integer> out = new LinkedHashMap<>();
    fakes.forEach(
        (name, f) ->
            out.put(
                name,
                (int) f.requests().stream().filter(r -> !r.rawPath().contains("token")).count()));
    return out;
  }

  private static List<Employee> staff(int n) {
    List<Employee> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Employee.Builder b =
          Employee.builder()
              .id(String.format("E-%05d", i))
              .givenName("Given" + i)
              .familyName("Family" + i)
              .workEmail("e" + i + "@example.com")
              .jobTitle("Engineer")
              .department("Development")
              .costCenter("CC-" + (i % 7))
              .status(EmploymentStatus.ACTIVE)
              .startDate(LocalDate.of(2024, 1, 1).plusDays(i % 300));
      if (i > 0) {
        b.managerId(String.format("E-%05d", (i - 1) / 8));
      }
      out.add(b.build());
    }
    return out;
  }

  // Process CPU time: on a shared machine the wall time also measures the other processes.
  private static long cpu() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }
}
