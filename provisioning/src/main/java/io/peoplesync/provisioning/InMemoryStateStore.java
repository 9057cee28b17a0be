package io.peoplesync.provisioning;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/** The state in a map: gone with the process. */
final class InMemoryStateStore extends StateStore {
  private final Map<String, Map<String, StateEntry>> byTarget = new ConcurrentHashMap<>();
  private volatile Integer population;

  private Map<String, StateEntry> of(String target) {
    return byTarget.computeIfAbsent(target, t -> new ConcurrentHashMap<>());
  }

  @Override
  Map<String, StateEntry> entries(String target) {
    return new HashMap<>(of(target));
  }

  @Override
  StateEntry entry(String target, String employeeId) {
    return of(target).get(employeeId);
  }

  @Override
  void put(String target, String employeeId, StateEntry entry) {
    of(target).put(employeeId, entry);
  }

  @Override
  void putAll(String target, Map<String, StateEntry> entries) {
    of(target).putAll(entries);
  }

  @Override
  OptionalInt lastPopulation() {
    Integer p = population;
    return p == null ? OptionalInt.empty() : OptionalInt.of(p);
  }

  @Override
  void recordPopulation(int size) {
    population = size;
  }

  @Override
  public String toString() {
    return "StateStore.inMemory()";
  }
}
