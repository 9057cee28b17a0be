package io.peoplesync.benchmarks.vendors;

import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.handwritten.PlainOrtecAction;
import io.peoplesync.benchmarks.handwritten.PlainPepperUser;
import io.peoplesync.benchmarks.handwritten.PlainPublisherUser;
import io.peoplesync.benchmarks.handwritten.PlainSpencerUser;
import io.peoplesync.benchmarks.handwritten.PlainSpringestUser;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.ortec.BatchResult;
import io.peoplesync.ortec.OrtecAccount;
import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.PepperUser;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.publisher.PublisherUser;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.spencer.SpencerUser;
import io.peoplesync.springest.Approver;
import io.peoplesync.springest.ApproverLabel;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor workloads: the SDK's public calls and their hand-written equivalents, with the inputs
 * and result checks the other benchmarks share.
 */
public final class Workloads {
  /** Users in a Pepper page. */
  public static final int PAGE = 100;

  static final int BATCH = 1000;

  private Workloads() {}

  /** Returns the SDK's Pepper client against the benchmark server. */
  static PepperClient pepper(URI base) {
    return pepperBuilder(base).build();
  }

  /** Returns the SDK's Pepper client on {@code http}, or on its own default one when null. */
  public static PepperClient pepper(URI base, HttpClient http) {
    PepperClient.Builder b = pepperBuilder(base);
    return (http == null ? b : b.httpClient(http)).build();
  }

  /** Returns the SDK's Springest client on {@code http}, or on its own default one when null. */
  public static SpringestClient springest(URI base, HttpClient http) {
    SpringestClient.Builder b = springestBuilder(base);
    return (http == null ? b : b.httpClient(http)).build();
  }

  private static SpringestClient.Builder springestBuilder(URI base) {
    return SpringestClient.builder()
        .baseUri(URI.create(base + "/springest"))
        .apiKey("springest-key");
  }

  private static PepperClient.Builder pepperBuilder(URI base) {
    return PepperClient.builder()
        .baseUri(URI.create(base + "/pepper"))
        .token("pepper-token")
        .applicationId("bench-app");
  }

  /**
   * Returns every workload, each with the calls of its first warm-up round: the SDK's clients on
   * their own default {@code HttpClient}s, the hand-written calls on theirs.
   */
  static List<Workload> all(URI base) {
    return all(base, null);
  }

  /**
   * Returns every workload with both sides on {@code client}, or each on its own default client
   * when {@code client} is null.
   */
  static List<Workload> all(URI base, HttpClient client) {
    HandWrittenVendors hand =
        client == null ? new HandWrittenVendors(base) : new HandWrittenVendors(base, client);
    PepperClient.Builder pepperBuilder = pepperBuilder(base);
    SpringestClient.Builder springestBuilder = springestBuilder(base);
    PublisherClient.Builder publisherBuilder =
        PublisherClient.builder()
            .baseUri(URI.create(base + "/publisher"))
            .bearerToken("publisher-token")
            .format(MediaFormat.XML);
    OrtecClient.Builder ortecBuilder =
        OrtecClient.builder()
            .baseUri(URI.create(base + "/ortec"))
            .feed("hr-feed")
            .apiKey("ortec-key");
    SpencerClient.Builder spencerBuilder =
        SpencerClient.builder().baseUri(URI.create(base + "/spencer")).accessToken("spencer-token");
    if (client != null) {
      pepperBuilder.httpClient(client);
      springestBuilder.httpClient(client);
      publisherBuilder.httpClient(client);
      ortecBuilder.httpClient(client);
      spencerBuilder.httpClient(client);
    }
    PepperClient pepper = pepperBuilder.build();
    SpringestClient springest = springestBuilder.build();
    PublisherClient publisher = publisherBuilder.build();
    OrtecClient ortec = ortecBuilder.build();
    SpencerClient spencer = spencerBuilder.build();

    UserQuery page = UserQuery.builder().limit(PAGE).build();
    SpringestUser springestUser = springestUser();
    PlainSpringestUser plainSpringestUser = plainSpringestUser();
    List<OrtecAccount> accounts = new ArrayList<>(BATCH);
    List<PlainOrtecAction> actions = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      Map<String, Object> fields = ortecFields(i);
      OrtecAccount.Builder account = OrtecAccount.builder().id("user" + i + "@example.com");
      fields.forEach(account::put);
      accounts.add(account.build());
      actions.add(new PlainOrtecAction("upsert", "user" + i + "@example.com", fields));
    }

    List<Workload> list = new ArrayList<>();
    list.add(
        new Workload(
            "Pepper page of 100",
            20,
            () -> checkPepper(pepper.users().list(page).pages().iterator().next().items()),
            () -> checkPlainPepper(hand.pepperPage(PAGE, null).items)));
    list.add(
        new Workload(
            "Springest save",
            50,
            () -> check(springest.users().save(springestUser).id().equals("12345"), "id"),
            () -> check(hand.springestSave(plainSpringestUser).equals("12345"), "id")));
    list.add(
        new Workload(
            "Publisher XML get",
            50,
            () -> checkPublisher(publisher.users().get("3")),
            () -> checkPlainPublisher(hand.publisherGet("3"))));
    list.add(
        new Workload(
            "ORTEC batch of 1000",
            3,
            () -> checkOrtec(ortec.accounts().upsert(accounts)),
            () ->
                check(
                    hand.ortecBatch(actions).stream().allMatch(r -> "ok".equals(r.status)), "ok")));
    list.add(
        new Workload(
            "Spencer get",
            50,
            () -> checkSpencer(spencer.users().get("E-2002")),
            () -> checkPlainSpencer(hand.spencerGet("E-2002"))));
    return list;
  }

  /** Returns the Springest user every benchmark's SDK side saves. */
  public static SpringestUser springestUser() {
    return SpringestUser.builder()
        .externalId("E-1")
        .email("ann@example.com")
        .firstName("Ann")
        .lastName("Lee")
        .active(true)
        .jobTitle("Learning consultant")
        .departmentName("People Operations")
        .employmentStartDate(LocalDate.of(2024, 3, 1))
        .addApprover(Approver.of("boss@example.com", ApproverLabel.MANAGER))
        .addTag("Marketer")
        .addTag("Onboarding")
        .build();
  }

  /** Returns the same user for the hand-written sides. */
  public static PlainSpringestUser plainSpringestUser() {
    PlainSpringestUser u = new PlainSpringestUser();
    u.externalId = "E-1";
    u.email = "ann@example.com";
    u.firstName = "Ann";
    u.lastName = "Lee";
    u.active = true;
    u.jobTitle = "Learning consultant";
    u.departmentName = "People Operations";
    u.employmentStartDate = LocalDate.of(2024, 3, 1);
    u.approvers = List.of(new PlainSpringestUser.Approver("boss@example.com", "Manager"));
    u.tags = List.of("Marketer", "Onboarding");
    return u;
  }

  static Map<String, Object> ortecFields(int i) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("firstName", "First" + i);
    fields.put("lastName", "Last" + i);
    fields.put("email", "user" + i + "@example.com");
    fields.put("function", "developer");
    return fields;
  }

  /** Fails unless the result is the canned answer. */
  public static void checkPepper(List<PepperUser> users) {
    check(users.size() == PAGE, "page size");
    PepperUser last = users.get(PAGE - 1);
    check(last.created().isPresent() && last.credentials().size() == 1, "user fields");
    check(last.extras().containsKey("primaryPlatform"), "extras");
  }

  /** Fails unless the result is the canned answer. */
  public static void checkPlainPepper(List<PlainPepperUser> users) {
    check(users.size() == PAGE, "page size");
    PlainPepperUser last = users.get(PAGE - 1);
    check(last.created != null && last.credentials.size() == 1, "user fields");
    check(last.extras.containsKey("primaryPlatform"), "extras");
  }

  /** Fails unless the result is the canned answer. */
  public static void checkPublisher(PublisherUser user) {
    check(user.id().orElse("").equals("3") && user.customLinks().size() == 2, "publisher user");
  }

  /** Fails unless the result is the canned answer. */
  public static void checkPlainPublisher(PlainPublisherUser user) {
    check("3".equals(user.id) && user.customlinks.link.size() == 2, "publisher user");
  }

  private static void checkOrtec(BatchResult result) {
    check(result.results().size() == BATCH && result.allSucceeded(), "ortec results");
  }

  /** Fails unless the result is the canned answer. */
  public static void checkSpencer(SpencerUser user) {
    check(user.jobTitle().size() == 2 && user.extras().containsKey("badge"), "spencer user");
  }

  /** Fails unless the result is the canned answer. */
  public static void checkPlainSpencer(PlainSpencerUser user) {
    check(user.jobTitle.size() == 2 && user.extras.containsKey("badge"), "spencer user");
  }

  /**
   * Fails with {@code what} unless {@code ok}.
   *
   * @throws IllegalStateException if not {@code ok}
   */
  public static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected result: " + what);
    }
  }
}
