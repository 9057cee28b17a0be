package io.peoplesync.examples;

import io.peoplesync.core.MediaFormat;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.provisioning.Employee;
import io.peoplesync.provisioning.Plan;
import io.peoplesync.provisioning.Provisioner;
import io.peoplesync.provisioning.StateStore;
import io.peoplesync.provisioning.SyncReport;
import io.peoplesync.provisioning.Targets;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The provisioning layer pointed at the real vendors, every credential read from the environment:
 * adds a target for each vendor whose variables are set, plans the bundled employees (the plan
 * looks users up, which only reads) and prints the plan. Nothing is written unless the first
 * argument is {@code --apply}.
 */
public final class RealVendorsExample {
  private RealVendorsExample() {}

  /** Plans, and with {@code --apply} applies, the bundled employees on the configured vendors. */
  public static void main(String[] args) {
    Provisioner.Builder builder = Provisioner.builder().stateStore(StateStore.inMemory());
    int targets = 0;
    if (has("SPENCER_CUSTOMER", "SPENCER_CLIENT_ID", "SPENCER_CLIENT_SECRET")) {
      builder.target(
          Targets.spencer(
              SpencerClient.builder()
                  .customer(env("SPENCER_CUSTOMER"))
                  .clientCredentials(env("SPENCER_CLIENT_ID"), env("SPENCER_CLIENT_SECRET"))
                  .build()));
      targets++;
    }
    if (has("ORTEC_BASE_URI", "ORTEC_FEED", "ORTEC_API_KEY")) {
      builder.target(
          Targets.ortec(
              OrtecClient.builder()
                  .baseUri(URI.create(env("ORTEC_BASE_URI")))
                  .feed(env("ORTEC_FEED"))
                  .apiKey(env("ORTEC_API_KEY"))
                  .build()));
      targets++;
    }
    if (has("PUBLISHER_BASE_URI", "PUBLISHER_TOKEN")) {
      builder.target(
          Targets.publisher(
              PublisherClient.builder()
                  .baseUri(URI.create(env("PUBLISHER_BASE_URI")))
                  .bearerToken(env("PUBLISHER_TOKEN"))
                  .format(MediaFormat.XML)
                  .build()));
      targets++;
    }
    if (has("SPRINGEST_SITE", "SPRINGEST_TLD", "SPRINGEST_API_KEY")) {
      builder.target(
          Targets.springest(
              SpringestClient.builder()
                  .site(env("SPRINGEST_SITE"), env("SPRINGEST_TLD"))
                  .apiKey(env("SPRINGEST_API_KEY"))
                  .build()));
      targets++;
    }
    if (has("PEPPER_TOKEN", "PEPPER_APPLICATION_ID")) {
      builder.target(
          Targets.pepper(
              PepperClient.builder()
                  .baseUri(URI.create("https://api.pepperhq.com"))
                  .token(env("PEPPER_TOKEN"))
                  .applicationId(env("PEPPER_APPLICATION_ID"))
                  .build()));
      targets++;
    }
    if (targets == 0) {
      System.out.println("no vendor configured: nothing to do");
      return;
    }
    Provisioner provisioner = builder.build();
    List<Employee> employees =
        EmployeesCsv.load().stream().map(HrRow::hired).collect(Collectors.toList());
    // Only these employees, not a whole population: nobody else in the vendor is deactivated.
    Plan plan = provisioner.planChanges(employees);
    System.out.println(plan.toTable());
    if (Arrays.asList(args).contains("--apply")) {
      SyncReport report = provisioner.apply(plan);
      System.out.println(
          report.outcomes().size() + " changes, " + report.failures().size() + " failed");
    } else {
      System.out.println("dry run: pass --apply to write");
    }
  }

  private static boolean has(String... names) {
    for (String n : names) {
      if (System.getenv(n) == null || System.getenv(n).isBlank()) {
        System.out.println("skipped: set " + String.join(", ", names));
        return false;
      }
    }
    return true;
  }

  private static String env(String name) {
    return System.getenv(name);
  }
}
