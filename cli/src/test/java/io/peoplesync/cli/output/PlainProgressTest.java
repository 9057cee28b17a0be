package io.peoplesync.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.peoplesync.provisioning.AuditEvent;
import io.peoplesync.provisioning.ChangeKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlainProgressTest {
  private final StringWriter out = new StringWriter();
  private final AtomicLong now = new AtomicLong();
  private final Progress progress = Progress.plain(new PrintWriter(out), now::get);

  private static AuditEvent event(String target) {
    return event(target, ChangeKind.CREATE);
  }

  private static AuditEvent event(String target, ChangeKind kind) {
    return new AuditEvent.Builder()
        .target(target)
        .employeeId("E-1")
        .kind(kind)
        .succeeded(true)
        .duration(Duration.ZERO)
        .build();
  }

  @Test
  void printsALinePerQuarterOfTheWritesOfEachTargetAndNothingForAnIdleTarget() {
    Map<String, Long> work = new LinkedHashMap<>();
    work.put("spencer", 8L);
    work.put("ortec", 0L);
    progress.begin(work);

    for (int i = 0; i < 8; i++) {
      progress.onOutcome(event("spencer", ChangeKind.UNCHANGED));
      progress.onOutcome(event("spencer"));
    }
    progress.onOutcome(event("spencer"));
    progress.onOutcome(event("ortec"));
    progress.close();

    assertThat(out.toString().split("\\R"))
        .containsExactly(
            "spencer    2/8 changes applied (25%)",
            "spencer    4/8 changes applied (50%)",
            "spencer    6/8 changes applied (75%)",
            "spencer    8/8 changes applied (100%)");
  }

  @Test
  void printsAtLeastEveryFewSecondsWhileATargetMoves() {
    progress.begin(Map.of("pepper", 1000L));

    progress.onOutcome(event("pepper"));
    now.addAndGet(TimeUnit.SECONDS.toNanos(5));
    progress.onOutcome(event("pepper"));
    progress.onOutcome(event("pepper"));

    assertThat(out.toString())
        .isEqualTo(String.format("pepper     2/1000 changes applied (0%%)%n"));
  }
}
