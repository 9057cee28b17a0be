package io.peoplesync.core;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;

/** The listeners of one client as one: each is called in turn, and none can break a call. */
final class Listeners implements EventListener {
  private static final System.Logger LOG = System.getLogger("io.peoplesync.events");

  private final List<EventListener> listeners;

  Listeners(List<EventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  boolean isEmpty() {
    return listeners.isEmpty();
  }

  private void each(Consumer<EventListener> call) {
    for (EventListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "event listener " + l.getClass().getName() + " failed: " + e.getClass().getName());
      }
    }
  }

  @Override
  public void callStart(CallEvent event) {
    each(l -> l.callStart(event));
  }

  @Override
  public void callEnd(CallEvent event) {
    each(l -> l.callEnd(event));
  }

  @Override
  public void attempt(CallEvent event) {
    each(l -> l.attempt(event));
  }

  @Override
  public void retry(RetryEvent event) {
    each(l -> l.retry(event));
  }

  @Override
  public void tokenRefresh(TokenEvent event) {
    each(l -> l.tokenRefresh(event));
  }
}
