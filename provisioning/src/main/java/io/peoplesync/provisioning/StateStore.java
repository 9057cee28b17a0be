package io.peoplesync.provisioning;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * Remembers, per target and employee, the vendor's id for the user, whether it is active, and the
 * field values last applied; and the size of the last full population (for the shrink guard rail).
 * {@link Provisioner#plan} compares against it, so employees it knows cost no vendor call.
 *
 * <p>Losing the state is safe: the next run looks every employee up by natural key and matches the
 * existing users instead of creating duplicates. Implementations are thread-safe.
 */
public abstract class StateStore {
  StateStore() {}

  /** Returns a store that lives as long as the process: for tests and one-off runs. */
  public static StateStore inMemory() {
    return new InMemoryStateStore();
  }

  /**
   * Returns a store in the database behind {@code dataSource}. It creates its tables ({@code
   * peoplesync_state}, {@code peoplesync_meta}) on first use and records their schema version; the
   * SQL is plain enough for H2 and PostgreSQL.
   *
   * @throws IllegalStateException if the tables cannot be created or have a newer version than this
   *     library knows
   */
  public static StateStore jdbc(DataSource dataSource) {
    return new JdbcStateStore(Objects.requireNonNull(dataSource, "dataSource == null"));
  }

  /** Returns every entry of {@code target}, by employee id. */
  abstract Map<String, StateEntry> entries(String target);

  /** Returns the entry of one employee, or null. */
  abstract StateEntry entry(String target, String employeeId);

  /** Stores the entry of one employee, replacing any earlier one. */
  abstract void put(String target, String employeeId, StateEntry entry);

  /** Stores several entries of one target at once (one transaction where the store has them). */
  abstract void putAll(String target, Map<String, StateEntry> entries);

  /** Returns the size of the last full population applied, if any run recorded one. */
  abstract OptionalInt lastPopulation();

  /** Records the size of the population a full run applied. */
  abstract void recordPopulation(int size);
}
