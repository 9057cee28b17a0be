package io.peoplesync.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * The state in two tables of the caller's database. The SQL stays within what H2 and PostgreSQL
 * both run: {@code CREATE TABLE IF NOT EXISTS}, {@code VARCHAR(n)} columns only, a composite
 * primary key, and an update-then-insert instead of any vendor's upsert syntax. Field values are
 * one JSON object per row.
 */
final class JdbcStateStore extends StateStore {
  /** The schema version this code writes; a database at a newer one is refused. */
  static final int SCHEMA_VERSION = 1;

  private static final TypeReference<LinkedHashMap<String, String>> FIELDS =
      new TypeReference<LinkedHashMap<String, String>>() {};

  private final DataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();
  private volatile boolean ready;

  JdbcStateStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private Connection connection() throws SQLException {
    if (!ready) {
      synchronized (this) {
        if (!ready) {
          migrate();
          ready = true;
        }
      }
    }
    return dataSource.getConnection();
  }

  private void migrate() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS peoplesync_meta ("
              + "meta_key VARCHAR(64) NOT NULL PRIMARY KEY, "
              + "meta_value VARCHAR(255) NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS peoplesync_state ("
              + "target_name VARCHAR(64) NOT NULL, "
              + "employee_id VARCHAR(255) NOT NULL, "
              + "vendor_id VARCHAR(255), "
              + "status VARCHAR(16) NOT NULL, "
              + "field_values VARCHAR(20000) NOT NULL, "
              + "deactivated_on VARCHAR(10), "
              + "PRIMARY KEY (target_name, employee_id))");
      String version = meta(c, "schema_version");
      if (version == null) {
        setMeta(c, "schema_version", Integer.toString(SCHEMA_VERSION));
      } else if (Integer.parseInt(version) > SCHEMA_VERSION) {
        throw new IllegalStateException(
            "peoplesync_meta: schema version "
                + version
                + " is newer than this library's "
                + SCHEMA_VERSION);
      }
      // Later versions migrate here, one step per version, before recording the new number.
    }
  }

  private static String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT meta_value FROM peoplesync_meta WHERE meta_key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static void setMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement u =
        c.prepareStatement("UPDATE peoplesync_meta SET meta_value = ? WHERE meta_key = ?")) {
      u.setString(1, value);
      u.setString(2, key);
      if (u.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement i =
        c.prepareStatement("INSERT INTO peoplesync_meta (meta_key, meta_value) VALUES (?, ?)")) {
      i.setString(1, key);
      i.setString(2, value);
      i.executeUpdate();
    }
  }

  @Override
  Map<String, StateEntry> entries(String target) {
    Map<String, StateEntry> out = new HashMap<>();
    try (Connection c = connection();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT employee_id, vendor_id, status, field_values, deactivated_on"
                    + " FROM peoplesync_state WHERE target_name = ?")) {
      p.setString(1, target);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), read(r));
        }
      }
    } catch (SQLException e) {
      throw failed("read", e);
    }
    return out;
  }

  @Override
  StateEntry entry(String target, String employeeId) {
    try (Connection c = connection();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT employee_id, vendor_id, status, field_values, deactivated_on"
                    + " FROM peoplesync_state WHERE target_name = ? AND employee_id = ?")) {
      p.setString(1, target);
      p.setString(2, employeeId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? read(r) : null;
      }
    } catch (SQLException e) {
      throw failed("read", e);
    }
  }

  private StateEntry read(ResultSet r) throws SQLException {
    try {
      return new StateEntry(
          r.getString(2),
          StateEntry.Status.valueOf(r.getString(3)),
          json.readValue(r.getString(4), FIELDS),
          r.getString(5));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("peoplesync_state: unreadable field_values", e);
    }
  }

  private static final String UPDATE =
      "UPDATE peoplesync_state SET vendor_id = ?, status = ?, field_values = ?,"
          + " deactivated_on = ? WHERE target_name = ? AND employee_id = ?";
  private static final String INSERT =
      "INSERT INTO peoplesync_state (vendor_id, status, field_values, deactivated_on,"
          + " target_name, employee_id) VALUES (?, ?, ?, ?, ?, ?)";

  @Override
  void put(String target, String employeeId, StateEntry entry) {
    putAll(target, Map.of(employeeId, entry));
  }

  /**
   * Writes the entries in one transaction: a batch of updates, then a batch of inserts for the rows
   * no update found. Both statements take the same parameters in the same order.
   */
  @Override
  void putAll(String target, Map<String, StateEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(entries.keySet());
    try (Connection c = connection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int[] updated;
        try (PreparedStatement u = c.prepareStatement(UPDATE)) {
          for (String id : ids) {
            bind(u, target, id, entries.get(id));
            u.addBatch();
          }
          updated = u.executeBatch();
        }
        try (PreparedStatement i = c.prepareStatement(INSERT)) {
          int inserts = 0;
          for (int n = 0; n < ids.size(); n++) {
            if (updated[n] == 0) {
              bind(i, target, ids.get(n), entries.get(ids.get(n)));
              i.addBatch();
              inserts++;
            }
          }
          if (inserts > 0) {
            i.executeBatch();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  private void bind(PreparedStatement p, String target, String employeeId, StateEntry entry)
      throws SQLException {
    try {
      p.setString(3, json.writeValueAsString(entry.fields));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("peoplesync_state: field values not writable", e);
    }
    p.setString(1, entry.vendorId);
    p.setString(2, entry.status.name());
    p.setString(4, entry.deactivatedOn);
    p.setString(5, target);
    p.setString(6, employeeId);
  }

  @Override
  OptionalInt lastPopulation() {
    try (Connection c = connection()) {
      String v = meta(c, "population");
      return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
    } catch (SQLException e) {
      throw failed("read", e);
    }
  }

  @Override
  void recordPopulation(int size) {
    try (Connection c = connection()) {
      setMeta(c, "population", Integer.toString(size));
    } catch (SQLException e) {
      throw failed("write", e);
    }
  }

  // SQLException messages name tables and values, never the DataSource's credentials.
  private static IllegalStateException failed(String what, SQLException e) {
    return new IllegalStateException("peoplesync state: " + what + " failed: " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "StateStore.jdbc(" + dataSource.getClass().getSimpleName() + ")";
  }
}
