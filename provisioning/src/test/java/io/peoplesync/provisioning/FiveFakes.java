package io.peoplesync.provisioning;

import io.peoplesync.ortec.OrtecClient;
import io.peoplesync.pepper.PepperClient;
import io.peoplesync.publisher.PublisherClient;
import io.peoplesync.spencer.SpencerClient;
import io.peoplesync.springest.SpringestClient;
import io.peoplesync.testkit.FakeServer;
import io.peoplesync.testkit.RecordedRequest;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The five fakes with a client and a target each, and the request counts tests assert on. */
final class FiveFakes {
  final FakeSpencer spencer;
  final FakeOrtec ortec;
  final FakePublisher publisher;
  final FakeSpringest springest;
  final FakePepper pepper;
  final SpencerClient spencerClient;
  final OrtecClient ortecClient;
  final PublisherClient publisherClient;
  final SpringestClient springestClient;
  final PepperClient pepperClient;

  FiveFakes(
      FakeSpencer spencer,
      FakeOrtec ortec,
      FakePublisher publisher,
      FakeSpringest springest,
      FakePepper pepper) {
    this.spencer = spencer;
    this.ortec = ortec;
    this.publisher = publisher;
    this.springest = springest;
    this.pepper = pepper;
    spencerClient =
        SpencerClient.builder()
            .baseUri(spencer.baseUri())
            .tokenUri(spencer.tokenUri())
            .clientCredentials(spencer.clientId(), spencer.clientSecret())
            .build();
    ortecClient =
        OrtecClient.builder()
            .baseUri(ortec.baseUri())
            .feed(ortec.feed())
            .apiKey(ortec.apiKey())
            .build();
    publisherClient =
        PublisherClient.builder()
            .baseUri(publisher.baseUri())
            .bearerToken(publisher.token())
            .build();
    springestClient =
        SpringestClient.builder().baseUri(springest.baseUri()).apiKey(springest.apiKey()).build();
    pepperClient =
        PepperClient.builder()
            .baseUri(pepper.baseUri())
            .token(pepper.token())
            .applicationId(pepper.applicationId())
            .build();
  }

  List<Target> targets() {
    return List.of(
        Targets.spencer(spencerClient),
        Targets.ortec(ortecClient),
        Targets.publisher(publisherClient),
        Targets.springest(springestClient),
        Targets.pepper(pepperClient));
  }

  Provisioner.Builder provisioner(StateStore store) {
    Provisioner.Builder b = Provisioner.builder().stateStore(store);
    targets().forEach(b::target);
    return b;
  }

  List<FakeServer> all() {
    return List.of(spencer, ortec, publisher, springest, pepper);
  }

  /** Returns every request the fakes received so far, token requests included. */
  int requests() {
    return all().stream().mapToInt(f -> f.requests().size()).sum();
  }

  /** Returns the write requests (anything but GET and HEAD, token grants excepted) so far. */
  List<RecordedRequest> writes() {
    List<RecordedRequest> out = new ArrayList<>();
    for (FakeServer f : all()) {
      out.addAll(
          f.requests().stream()
              .filter(r -> !r.method().equals("GET") && !r.method().equals("HEAD"))
              .filter(r -> !r.rawPath().contains("token"))
              .collect(Collectors.toList()));
    }
    return out;
  }

  /** Returns {@code n} employees E-0000…: E-0000 leads, everyone else reports to (i - 1) / 5. */
  static List<Employee> staff(int n) {
    List<Employee> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Employee.Builder b =
          Employee.builder()
              .id(id(i))
              .givenName("Given" + i)
              .familyName("Family" + i)
              .workEmail("e" + i + "@example.com")
              .mobilePhone("+3247000" + String.format("%04d", i))
              .jobTitle("Engineer")
              .department("Development")
              .division("Products")
              .costCenter("CC-" + (i % 7))
              .status(EmploymentStatus.ACTIVE)
              .startDate(LocalDate.of(2024, 1, 1).plusDays(i % 300));
      if (i > 0) {
        b.managerId(id((i - 1) / 5));
      }
      out.add(b.build());
    }
    return out;
  }

  static String id(int i) {
    return String.format("E-%04d", i);
  }
}
