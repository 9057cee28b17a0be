package io.peoplesync.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything peoplesync logs (through {@code System.Logger}, which defaults to
 * java.util.logging) at DEBUG and above while open.
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.start()) { ...; assertThat(logs.text()).doesNotContain(SECRET); }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String msg = record.getMessage();
          if (record.getThrown() != null) {
            msg = msg + " " + record.getThrown();
          }
          lines.add(msg);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private LogCapture() {
    logger = Logger.getLogger("io.peoplesync");
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** Starts capturing. */
  public static LogCapture start() {
    return new LogCapture();
  }

  /** Returns the captured lines. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Returns the captured lines joined by newlines. */
  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
  }
}
