package io.peoplesync.benchmarks.peer;

import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.handwritten.PlainPepperUser;
import io.peoplesync.benchmarks.handwritten.PlainPublisherUser;
import io.peoplesync.benchmarks.handwritten.PlainSpencerUser;
import io.peoplesync.benchmarks.handwritten.PlainSpringestUser;
import io.peoplesync.core.MediaFormat;
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
import java.util.List;

/**
 * The workloads of {@link PeerBenchmark}: each the SDK's public call, the hand-written call of
 * {@link HandWrittenVendors} and the Retrofit call of {@link RetrofitVendors}, with the same
 * arguments and the same checks as {@code vendors.Workloads} (whose members this package cannot
 * see).
 */
final class PeerWorkloads {
  static final int PAGE = 100;
  static final String PEPPER = "Pepper page of 100";
  static final String SPRINGEST = "Springest save";
  static final String PUBLISHER = "Publisher XML get";
  static final String SPENCER = "Spencer get";

  /** The workloads' names, in the order of {@link #all}. */
  static final List<String> NAMES = List.of(PEPPER, SPRINGEST, PUBLISHER, SPENCER);

  private PeerWorkloads() {}

  /** Returns every workload against the {@code VendorServer} at {@code base}. */
  static List<PeerWorkload> all(URI base) {
    HandWrittenVendors hand = new HandWrittenVendors(base);
    RetrofitVendors retrofit = new RetrofitVendors(base);
    PepperClient pepper = pepper(base, null);
    SpringestClient springest = springest(base, null);
    PublisherClient publisher =
        PublisherClient.builder()
            .baseUri(URI.create(base + "/publisher"))
            .bearerToken("publisher-token")
            .format(MediaFormat.XML)
            .build();
    SpencerClient spencer =
        SpencerClient.builder()
            .baseUri(URI.create(base + "/spencer"))
            .accessToken("spencer-token")
            .build();

    UserQuery page = UserQuery.builder().limit(PAGE).build();
    SpringestUser springestUser = springestUser();
    PlainSpringestUser plainSpringestUser = plainSpringestUser();
    return List.of(
        new PeerWorkload(
            PEPPER,
            20,
            () -> checkPepper(pepper.users().list(page).pages().iterator().next().items()),
            () -> checkPlainPepper(hand.pepperPage(PAGE, null).items),
            () -> checkPlainPepper(retrofit.pepperPage(PAGE, null).items)),
        new PeerWorkload(
            SPRINGEST,
            50,
            () -> check(springest.users().save(springestUser).id().equals("12345"), "id"),
            () -> check(hand.springestSave(plainSpringestUser).equals("12345"), "id"),
            () -> check(retrofit.springestSave(plainSpringestUser).equals("12345"), "id")),
        new PeerWorkload(
            PUBLISHER,
            50,
            () -> checkPublisher(publisher.users().get("3")),
            () -> checkPlainPublisher(hand.publisherGet("3")),
            () -> checkPlainPublisher(retrofit.publisherGet("3"))),
        new PeerWorkload(
            SPENCER,
            50,
            () -> checkSpencer(spencer.users().get("E-2002")),
            () -> checkPlainSpencer(hand.spencerGet("E-2002")),
            () -> checkPlainSpencer(retrofit.spencerGet("E-2002"))));
  }

  /** Returns the SDK's Pepper client, on {@code http} or, when null, on its own default client. */
  static PepperClient pepper(URI base, HttpClient http) {
    PepperClient.Builder builder =
        PepperClient.builder()
            .baseUri(URI.create(base + "/pepper"))
            .token("pepper-token")
            .applicationId("bench-app");
    return (http == null ? builder : builder.httpClient(http)).build();
  }

  /** Returns the SDK's Springest client, on {@code http} or, when null, on its own default one. */
  static SpringestClient springest(URI base, HttpClient http) {
    SpringestClient.Builder builder =
        SpringestClient.builder().baseUri(URI.create(base + "/springest")).apiKey("springest-key");
    return (http == null ? builder : builder.httpClient(http)).build();
  }

  /** The Springest user the SDK side saves: the values of {@code vendors.Workloads}. */
  static SpringestUser springestUser() {
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

  /** The same user for the hand-written and Retrofit sides. */
  static PlainSpringestUser plainSpringestUser() {
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

  static void checkPepper(List<PepperUser> users) {
    check(users.size() == PAGE, "page size");
    PepperUser last = users.get(PAGE - 1);
    check(last.created().isPresent() && last.credentials().size() == 1, "user fields");
    check(last.extras().containsKey("primaryPlatform"), "extras");
  }

  static void checkPlainPepper(List<PlainPepperUser> users) {
    check(users.size() == PAGE, "page size");
    PlainPepperUser last = users.get(PAGE - 1);
    check(last.created != null && last.credentials.size() == 1, "user fields");
    check(last.extras.containsKey("primaryPlatform"), "extras");
  }

  private static void checkPublisher(PublisherUser user) {
    check(user.id().orElse("").equals("3") && user.customLinks().size() == 2, "publisher user");
  }

  static void checkPlainPublisher(PlainPublisherUser user) {
    check("3".equals(user.id) && user.customlinks.link.size() == 2, "publisher user");
  }

  private static void checkSpencer(SpencerUser user) {
    check(user.jobTitle().size() == 2 && user.extras().containsKey("badge"), "spencer user");
  }

  static void checkPlainSpencer(PlainSpencerUser user) {
    check(user.jobTitle.size() == 2 && user.extras.containsKey("badge"), "spencer user");
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected result: " + what);
    }
  }
}
