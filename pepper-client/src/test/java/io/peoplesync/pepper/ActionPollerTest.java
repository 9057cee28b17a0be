package io.peoplesync.pepper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.peoplesync.pepper.ActionsApiTest.action;
import static io.peoplesync.pepper.ActionsApiTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.peoplesync.core.ServerException;
import io.peoplesync.core.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ActionPollerTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private static final String TYPES =
      "&type=USER_CREATED,USER_CHANGED,USER_DELETED,USER_ACTIVATED,CREDENTIAL_VERIFIED";

  private final ManualClock clock = new ManualClock(Instant.parse("2021-02-01T10:06:00Z"));
  private final PepperClient pepper = TestClients.builder(wm).clock(clock).build();

  @TempDir Path dir;

  private ActionPoller poller(Checkpoint checkpoint) {
    return pepper
        .actions()
        .poller(checkpoint, ActionType.userLifecycle())
        .withSafetyLag(Duration.ofMinutes(1))
        .withOverlap(Duration.ofMinutes(2))
        .withPageLimit(2);
  }

  private static String window(String gt, String lte) {
    return "/actions?when.timestamp.gt=2021-02-01T"
        + gt
        + ".000Z&when.timestamp.lte=2021-02-01T"
        + lte
        + ".000Z"
        + TYPES
        + "&limit=2";
  }

  private static void stub(String url, String body) {
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(body)));
  }

  static List<String> ids(List<PepperAction> actions) {
    return actions.stream().map(PepperAction::id).collect(Collectors.toList());
  }

  @Test
  void deliversEveryActionOnceAcrossPagesLateArrivalsAndARestart() throws Exception {
    Path file = dir.resolve("state/pepper-actions.checkpoint");
    FileCheckpoint.at(file).save(Instant.parse("2021-02-01T10:00:00Z"));

    // window 1 (09:58, 10:05] spans three pages; a1 is listed twice, a4 sits on the upper edge
    String w1 = window("09:58:00", "10:05:00");
    stub(
        w1,
        page(
            "c1",
            action("a3", "USER_CHANGED", "10:03:00"),
            action("a1", "USER_CREATED", "10:01:00")));
    stub(
        w1 + "&startKey=c1",
        page(
            "c2",
            action("a1", "USER_CREATED", "10:01:00"),
            action("a4", "USER_ACTIVATED", "10:05:00")));
    stub(w1 + "&startKey=c2", page(null, action("a2", "USER_CHANGED", "10:02:00")));
    ActionPoller poller = poller(FileCheckpoint.at(file));

    assertThat(ids(poller.poll())).containsExactly("a1", "a2", "a3", "a4");
    assertThat(wm.getAllServeEvents()).hasSize(3);
    assertThat(FileCheckpoint.at(file).load()).contains(Instant.parse("2021-02-01T10:00:00Z"));

    // window 2 (10:03, 10:10] re-reads the overlap: a4 again, plus late-listed L at 10:04:30
    clock.advance(Duration.ofMinutes(5));
    stub(
        window("10:03:00", "10:10:00"),
        page(
            null,
            action("a4", "USER_ACTIVATED", "10:05:00"),
            action("L", "USER_CHANGED", "10:04:30"),
            action("a6", "USER_DELETED", "10:09:00")));

    assertThat(ids(poller.poll())).containsExactly("L", "a6");
    assertThat(FileCheckpoint.at(file).load()).contains(Instant.parse("2021-02-01T10:05:00Z"));

    // window 3 (10:08, 10:15]: a6 is in the overlap and already delivered
    clock.advance(Duration.ofMinutes(5));
    stub(
        window("10:08:00", "10:15:00"),
        page(
            null,
            action("a6", "USER_DELETED", "10:09:00"),
            action("a7", "USER_CREATED", "10:12:00")));

    assertThat(ids(poller.poll())).containsExactly("a7");
    assertThat(FileCheckpoint.at(file).load()).contains(Instant.parse("2021-02-01T10:10:00Z"));

    // the process dies while handling a7: a new poller resumes from the saved file
    clock.advance(Duration.ofMinutes(5));
    stub(
        window("10:08:00", "10:20:00"),
        page(
            null,
            action("a6", "USER_DELETED", "10:09:00"),
            action("a8", "USER_CHANGED", "10:18:00"),
            action("a7", "USER_CREATED", "10:12:00")));
    ActionPoller restarted = poller(FileCheckpoint.at(file));

    assertThat(ids(restarted.poll())).containsExactly("a6", "a7", "a8");
    restarted.commit();
    assertThat(Files.readString(file).strip()).isEqualTo("2021-02-01T10:20:00Z");
    assertThat(wm.getAllServeEvents()).hasSize(6);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void keepsTheCheckpointWhenAPageFailsAndReadsTheSameWindowAgain() {
    InMemoryCheckpoint checkpoint =
        InMemoryCheckpoint.startingAt(Instant.parse("2021-02-01T10:00:00Z"));
    String w1 = window("09:58:00", "10:05:00");
    stub(
        w1,
        page(
            "c1",
            action("a1", "USER_CREATED", "10:01:00"),
            action("a2", "USER_CREATED", "10:02:00")));
    wm.stubFor(get(urlEqualTo(w1 + "&startKey=c1")).willReturn(aResponse().withStatus(500)));
    ActionPoller poller = poller(checkpoint);

    assertThatThrownBy(poller::poll).isInstanceOf(ServerException.class);
    assertThat(checkpoint.load()).contains(Instant.parse("2021-02-01T10:00:00Z"));

    stub(w1 + "&startKey=c1", page(null, action("a3", "USER_CREATED", "10:03:00")));
    assertThat(ids(poller.poll())).containsExactly("a1", "a2", "a3");
    poller.commit();
    assertThat(checkpoint.load()).contains(Instant.parse("2021-02-01T10:05:00Z"));
    wm.verify(2, getRequestedFor(urlEqualTo(w1)));
  }

  @Test
  void rewindingAfterAFailedBatchDeliversItAgainInsteadOfAcknowledgingIt() {
    InMemoryCheckpoint checkpoint =
        InMemoryCheckpoint.startingAt(Instant.parse("2021-02-01T10:00:00Z"));
    stub(window("09:58:00", "10:05:00"), page(null, action("a1", "USER_CREATED", "10:01:00")));
    ActionPoller poller = poller(checkpoint);
    assertThat(ids(poller.poll())).containsExactly("a1");

    poller.rewind();
    clock.advance(Duration.ofMinutes(5));
    stub(
        window("09:58:00", "10:10:00"),
        page(
            null,
            action("a1", "USER_CREATED", "10:01:00"),
            action("a2", "USER_CREATED", "10:07:00")));

    assertThat(ids(poller.poll())).containsExactly("a1", "a2");
    assertThat(checkpoint.load()).contains(Instant.parse("2021-02-01T10:00:00Z"));
    poller.commit();
    assertThat(checkpoint.load()).contains(Instant.parse("2021-02-01T10:10:00Z"));
  }

  @Test
  void refusesToStartFromAnEmptyCheckpoint() {
    assertThatThrownBy(() -> poller(InMemoryCheckpoint.empty()).poll())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("checkpoint is empty");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void asksNothingWhileTheClockHasNotPassedTheCheckpoint() {
    InMemoryCheckpoint checkpoint =
        InMemoryCheckpoint.startingAt(Instant.parse("2021-02-01T10:05:00Z"));

    assertThat(poller(checkpoint).poll()).isEmpty();
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(checkpoint.load()).contains(Instant.parse("2021-02-01T10:05:00Z"));
  }

  @Test
  void usesDefaultsAndCutsTheWindowEndToMilliseconds() {
    clock.advance(Duration.ofNanos(123_456_789));
    InMemoryCheckpoint checkpoint =
        InMemoryCheckpoint.startingAt(Instant.parse("2021-02-01T10:00:00.5Z"));
    stub(
        "/actions?when.timestamp.gt=2021-02-01T09:55:00.500Z"
            + "&when.timestamp.lte=2021-02-01T10:05:00.123Z&type=USER_CREATED",
        page(null));
    ActionPoller poller = pepper.actions().poller(checkpoint, Set.of(ActionType.USER_CREATED));

    assertThat(poller.poll()).isEmpty();
    poller.commit();
    poller.commit();

    assertThat(checkpoint.load()).contains(Instant.parse("2021-02-01T10:05:00.123Z"));
    assertThat(poller.toString()).contains("PT1M", "PT5M");
  }

  @Test
  void rejectsNegativeDurationsAndPageLimits() {
    ActionPoller p = pepper.actions().poller(InMemoryCheckpoint.empty(), Set.of());

    assertThatThrownBy(() -> p.withSafetyLag(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("safetyLag must not be negative");
    assertThatThrownBy(() -> p.withOverlap(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overlap must not be negative");
    assertThatThrownBy(() -> p.withPageLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageLimit must be positive");
    assertThatThrownBy(() -> p.withMaxWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWindow must be positive");
    assertThatThrownBy(() -> p.withMaxDeliveries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDeliveries must be positive");
  }

  @Test
  void readsAndWritesFileCheckpoints() throws Exception {
    Path file = dir.resolve("cp.txt");
    FileCheckpoint checkpoint = FileCheckpoint.at(file);

    assertThat(checkpoint.load()).isEqualTo(Optional.empty());
    checkpoint.save(Instant.parse("2021-02-01T10:00:00Z"));
    checkpoint.save(Instant.parse("2021-02-01T10:05:00.250Z"));
    assertThat(FileCheckpoint.at(file).load()).contains(Instant.parse("2021-02-01T10:05:00.250Z"));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }

    Files.writeString(file, "yesterday");
    assertThatThrownBy(checkpoint::load)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not hold an ISO-8601 instant");
  }
}
