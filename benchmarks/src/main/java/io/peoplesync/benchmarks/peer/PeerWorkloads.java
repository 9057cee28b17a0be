package io.peoplesync.benchmarks.peer;

import static io.peoplesync.benchmarks.vendors.Workloads.check;
import static io.peoplesync.benchmarks.vendors.Workloads.checkPepper;
import static io.peoplesync.benchmarks.vendors.Workloads.checkPlainPepper;
import static io.peoplesync.benchmarks.vendors.Workloads.checkPlainPublisher;
import static io.peoplesync.benchmarks.vendors.Workloads.checkPlainSpencer;
import static io.peoplesync.benchmarks.vendors.Workloads.checkPublisher;
import static io.peoplesync.benchmarks.vendors.Workloads.checkSpencer;
import static io.peoplesync.benchmarks.vendors.Workloads.plainSpringestUser;
import static io.peoplesync.benchmarks.vendors.Workloads.springestUser;

import io.peoplesync.benchmarks.handwritten.HandWrittenVendors;
import io.peoplesync.benchmarks.handwritten.PlainSpringestUser;
import io.peoplesync.benchmarks.vendors.Workloads;
import io.peoplesync.core.MediaFormat;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.pepper.UserQuery;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.springest.SpringestUser;
import java.net.URI;
import java.util.List;

/**
 * The workloads of {@link PeerBenchmark}: each the SDK's public call, the hand-written call of
 * {@link HandWrittenVendors} and the Retrofit call of {@link RetrofitVendors}, with the same
 * arguments and the same checks as {@link Workloads}.
 */
final class PeerWorkloads {
  static final int PAGE = Workloads.PAGE;
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
    PepperClient pepper = Workloads.pepper(base, null);
    SpringestClient springest = Workloads.springest(base, null);
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
}
