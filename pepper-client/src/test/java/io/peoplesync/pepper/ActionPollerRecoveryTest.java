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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The poller against servers that cap pages, outages, and actions whose handling keeps failing. */
class ActionPollerRecoveryTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort())
          .failOnUnmatchedRequests(true)
          .build();

  private final ManualClock clock = new ManualClock(Instant.parse("2021-02-01T10:06:00Z"));
  private final PepperClient pepper = TestClients.builder(wm).clock(clock).build();
  private final RecordingCheckpoint checkpoint = new RecordingCheckpoint("10:00:00");
  private final List<SkippedAction> skips = new ArrayList<>();

  private ActionPoller poller() {
    return pepper
        .actions()
        .poller(checkpoint, Set.of(ActionType.USER_CHANGED))
        .withSafetyLag(Duration.ofMinutes(1))
        .withOverlap(Duration.ofMinutes(2))
        .withSkipListener(skips::add);
  }

  private static String window(String gt, String lte) {
    return "/actions?when.timestamp.gt=2021-02-01T"
        + gt
        + ".000Z&when.timestamp.lte=2021-02-01T"
        + lte
        + ".000Z&type=USER_CHANGED";
  }

  private static Instant at(String time) {
    return Instant.parse("2021-02-01T" + time + "Z");
  }

  private static void stub(String url, String body) {
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(body)));
  }

  private static String change(int i) {
    String time = String.format(Locale.ROOT, "10:%02d:%02d", i / 60, i % 60);
    return action(String.format(Locale.ROOT, "a%03d", i), "USER_CHANGED", time);
  }

  private static String cappedPage(String cursor, int from, int to) {
    String items =
        IntStream.rangeClosed(from, to)
            .mapToObj(ActionPollerRecoveryTest::change)
            .collect(Collectors.joining(","));
    return "{\"items\":["
        + items
        + "],\"page\":{\"count\":"
        + (to - from + 1)
        + ",\"limit\":100,\"startKey\":\""
        + cursor
        + "\"}}";
  }

  private static List<String> ids(List<PepperAction> actions) {
    return actions.stream().map(PepperAction::id).collect(Collectors.toList());
  }

  @Test
  void readsEveryPageOfAWindowWhosePagesPepperCapsBeforeCommittingIt() {
    // asked for 500 a page, Pepper answers 100 and says so: 250 actions over three pages
    String w = window("09:58:00", "10:05:00") + "&limit=500";
    stub(w, cappedPage("k1", 1, 100));
    stub(w + "&startKey=k1", cappedPage("k2", 101, 200));
    stub(w + "&startKey=k2", cappedPage("k3", 201, 250)); // short against 100: the last page
    ActionPoller poller = poller().withPageLimit(500);

    List<PepperAction> batch = poller.poll();

    assertThat(batch).hasSize(250);
    assertThat(batch.get(249).id()).isEqualTo("a250");
    assertThat(checkpoint.saves).isEmpty();
    assertThat(wm.getAllServeEvents()).hasSize(3);
    poller.commit();
    assertThat(checkpoint.saves).containsExactly(at("10:05:00"));
  }

  @Test
  void commitsNothingOfAWindowWhoseLastPageFails() {
    String w = window("09:58:00", "10:05:00") + "&limit=500";
    stub(w, cappedPage("k1", 1, 100));
    wm.stubFor(get(urlEqualTo(w + "&startKey=k1")).willReturn(aResponse().withStatus(503)));
    ActionPoller poller = poller().withPageLimit(500);

    assertThatThrownBy(() -> poller.handle(a -> {})).isInstanceOf(ServerException.class);

    assertThat(checkpoint.saves).isEmpty();
    assertThat(checkpoint.load()).contains(at("10:00:00"));
  }

  @Test
  void catchesUpALongOutageInBoundedWindowsEachCommittedAfterItsActionsWereHandled() {
    checkpoint.save(at("07:00:00"));
    checkpoint.saves.clear();
    stub(window("06:58:00", "08:00:00"), page(null, action("o1", "USER_CHANGED", "07:30:00")));
    stub(window("07:58:00", "09:00:00"), page(null));
    stub(window("08:58:00", "10:00:00"), page(null, action("o2", "USER_CHANGED", "09:59:00")));
    stub(window("09:58:00", "10:05:00"), page(null, action("o2", "USER_CHANGED", "09:59:00")));
    List<String> seen = new ArrayList<>();
    List<Optional<Instant>> checkpointWhenHandled = new ArrayList<>();

    int handled =
        poller()
            .handle(
                a -> {
                  seen.add(a.id());
                  checkpointWhenHandled.add(checkpoint.load());
                });

    assertThat(handled).isEqualTo(2);
    assertThat(seen).containsExactly("o1", "o2");
    assertThat(checkpointWhenHandled)
        .containsExactly(Optional.of(at("07:00:00")), Optional.of(at("09:00:00")));
    assertThat(checkpoint.saves)
        .containsExactly(at("08:00:00"), at("09:00:00"), at("10:00:00"), at("10:05:00"));
    assertThat(wm.getAllServeEvents()).hasSize(4);
  }

  @Test
  void aFailureDuringTheCatchUpKeepsTheWindowsAlreadyCommitted() {
    checkpoint.save(at("08:00:00"));
    checkpoint.saves.clear();
    stub(window("07:58:00", "09:00:00"), page(null, action("o1", "USER_CHANGED", "08:30:00")));
    wm.stubFor(
        get(urlEqualTo(window("08:58:00", "10:00:00"))).willReturn(aResponse().withStatus(500)));
    ActionPoller poller = poller();

    assertThatThrownBy(() -> poller.handle(a -> {})).isInstanceOf(ServerException.class);
    assertThat(checkpoint.saves).containsExactly(at("09:00:00"));

    stub(window("08:58:00", "10:00:00"), page(null));
    stub(window("09:58:00", "10:05:00"), page(null));
    assertThat(poller.handle(a -> {})).isZero();
    assertThat(checkpoint.saves).containsExactly(at("09:00:00"), at("10:00:00"), at("10:05:00"));
  }

  @Test
  void pollReportsWhenItStoppedAtTheWindowLimit() {
    checkpoint.save(at("09:00:00"));
    stub(window("08:58:00", "09:30:00"), page(null));
    stub(window("09:28:00", "10:00:00"), page(null));
    stub(window("09:58:00", "10:05:00"), page(null));
    ActionPoller poller = poller().withMaxWindow(Duration.ofMinutes(30));

    poller.poll();
    assertThat(poller.isBehind()).isTrue();
    poller.poll();
    assertThat(poller.isBehind()).isTrue();
    poller.poll();
    assertThat(poller.isBehind()).isFalse();
    poller.commit();
    assertThat(checkpoint.load()).contains(at("10:05:00"));
  }

  @Test
  void skipsAnActionWhoseHandlingFailedMaxDeliveriesTimesAndTheFeedMovesOn() {
    stub(
        window("09:58:00", "10:05:00"),
        page(
            null,
            action("a1", "USER_CHANGED", "10:01:00"),
            action("poison", "USER_CHANGED", "10:04:00"),
            action("a3", "USER_CHANGED", "10:04:30")));
    ActionPoller poller = poller().withMaxDeliveries(3);
    List<String> delivered = new ArrayList<>();
    IllegalStateException boom = new IllegalStateException("directory refuses poison");
    java.util.function.Consumer<PepperAction> handler =
        a -> {
          delivered.add(a.id());
          if (a.id().equals("poison")) {
            throw boom;
          }
        };

    assertThatThrownBy(() -> poller.handle(handler)).isSameAs(boom);
    assertThatThrownBy(() -> poller.handle(handler)).isSameAs(boom);
    assertThat(checkpoint.saves).isEmpty();
    assertThat(skips).isEmpty();

    assertThat(poller.handle(handler)).isEqualTo(2);

    assertThat(delivered).containsExactly("a1", "poison", "a1", "poison", "a1", "poison", "a3");
    assertThat(skips).hasSize(1);
    assertThat(skips.get(0).action().id()).isEqualTo("poison");
    assertThat(skips.get(0).failedDeliveries()).isEqualTo(3);
    assertThat(skips.get(0).cause()).containsSame(boom);
    assertThat(poller.skippedCount()).isEqualTo(1);
    assertThat(checkpoint.saves).containsExactly(at("10:05:00"));

    // the next window's overlap re-reads the skipped action: it is not delivered again
    clock.advance(Duration.ofMinutes(5));
    stub(
        window("10:03:00", "10:10:00"),
        page(
            null,
            action("poison", "USER_CHANGED", "10:04:00"),
            action("a4", "USER_CHANGED", "10:08:00")));
    delivered.clear();
    assertThat(poller.handle(handler)).isEqualTo(1);
    assertThat(delivered).containsExactly("a4");
    wm.verify(3, getRequestedFor(urlEqualTo(window("09:58:00", "10:05:00"))));
  }

  @Test
  void countsFailedDeliveriesReportedThroughRewindAndSkipsAtTheLimit() {
    stub(
        window("09:58:00", "10:05:00"),
        page(
            null,
            action("a1", "USER_CHANGED", "10:01:00"),
            action("poison", "USER_CHANGED", "10:02:00")));
    ActionPoller poller = poller().withMaxDeliveries(2);
    RuntimeException cause = new RuntimeException("no");

    List<PepperAction> first = poller.poll();
    poller.rewind(first.get(1), cause);
    assertThat(ids(poller.poll())).containsExactly("a1", "poison");
    poller.rewind(first.get(1), cause);
    assertThat(poller.skippedCount()).isEqualTo(1);

    assertThat(ids(poller.poll())).containsExactly("a1");
    poller.commit();
    assertThat(checkpoint.saves).containsExactly(at("10:05:00"));
    assertThat(skips).extracting(SkippedAction::failedDeliveries).containsExactly(2);
  }

  @Test
  void skipGivesAnActionUpAtOnceWithoutTouchingTheBatch() {
    stub(
        window("09:58:00", "10:05:00"),
        page(
            null,
            action("a1", "USER_CHANGED", "10:01:00"),
            action("bad", "USER_CHANGED", "10:04:00")));
    ActionPoller poller = poller();
    List<PepperAction> batch = poller.poll();

    poller.skip(batch.get(1), null);
    poller.skip(batch.get(1), null); // a second skip of the same action changes nothing
    poller.commit();

    assertThat(checkpoint.saves).containsExactly(at("10:05:00"));
    assertThat(poller.skippedCount()).isEqualTo(1);
    assertThat(skips).hasSize(1);
    assertThat(skips.get(0).failedDeliveries()).isZero();
    assertThat(skips.get(0).cause()).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    stub(window("10:03:00", "10:10:00"), page(null, action("bad", "USER_CHANGED", "10:04:00")));
    poller.rewind(); // a plain rewind forgets returned ids, not skipped ones
    assertThat(poller.poll()).isEmpty();
  }

  @Test
  void aThrowingSkipListenerDoesNotUndoTheSkip() {
    stub(window("09:58:00", "10:05:00"), page(null, action("bad", "USER_CHANGED", "10:04:00")));
    ActionPoller poller =
        poller()
            .withMaxDeliveries(1)
            .withSkipListener(
                s -> {
                  throw new IllegalStateException("listener down");
                });

    assertThat(
            poller.handle(
                a -> {
                  throw new IllegalArgumentException("bad");
                }))
        .isZero();

    assertThat(poller.skippedCount()).isEqualTo(1);
    assertThat(checkpoint.saves).containsExactly(at("10:05:00"));
  }

  /** A checkpoint that remembers every save, in order. */
  static final class RecordingCheckpoint implements Checkpoint {
    final List<Instant> saves = new ArrayList<>();
    private Instant value;

    RecordingCheckpoint(String time) {
      value = at(time);
    }

    @Override
    public Optional<Instant> load() {
      return Optional.ofNullable(value);
    }

    @Override
    public void save(Instant upTo) {
      saves.add(upTo);
      value = upTo;
    }
  }
}
