package io.peoplesync.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects one target's successful changes and writes them to the store in groups, so that a
 * database store pays one transaction per group rather than per change. A group that is lost (the
 * process dies before {@link #flush}) is safe: the next plan looks those employees up by natural
 * key and matches them.
 */
final class StateWriter {
  static final int GROUP = 256;

  private final StateStore store;
  private final String target;
  private Map<String, StateEntry> pending = new LinkedHashMap<>();

  StateWriter(StateStore store, String target) {
    this.store = store;
    this.target = target;
  }

  /** Records one success; writes the group once it is full. */
  void put(String employeeId, StateEntry entry) {
    Map<String, StateEntry> full = null;
    synchronized (this) {
      pending.put(employeeId, entry);
      if (pending.size() >= GROUP) {
        full = pending;
        pending = new LinkedHashMap<>();
      }
    }
    if (full != null) {
      store.putAll(target, full);
    }
  }

  /** Writes what is still pending. */
  void flush() {
    Map<String, StateEntry> rest;
    synchronized (this) {
      rest = pending;
      pending = new LinkedHashMap<>();
    }
    store.putAll(target, rest);
  }
}
