package io.peoplesync.cli.output;

import io.peoplesync.provisioning.AuditEvent;
import io.peoplesync.provisioning.ChangeKind;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One progress bar per target on the terminal (me.tongfei:progressbar, drawn on standard error);
 * several bars share the screen through the library's ANSI cursor moves.
 */
final class TerminalProgress implements Progress {
  private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();

  @Override
  public void begin(Map<String, Long> writesPerTarget) {
    writesPerTarget.forEach(
        (target, total) -> {
          if (total > 0) {
            bars.put(
                target,
                new ProgressBarBuilder()
                    .setTaskName(String.format("%-10s", target))
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .build());
          }
        });
  }

  @Override
  public void onOutcome(AuditEvent event) {
    ProgressBar bar = bars.get(event.target());
    if (bar != null && event.kind() != ChangeKind.UNCHANGED) {
      bar.step();
    }
  }

  @Override
  public void close() {
    bars.values().forEach(ProgressBar::close);
    bars.clear();
  }
}
