package io.peoplesync.cli.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateDatabaseTest {
  @Test
  void reusesAConnectionOnceItIsClosedAndKeepsTheDatabaseOpenMeanwhile() throws SQLException {
    try (StateDatabase db =
        new StateDatabase("jdbc:h2:mem:reuse", Optional.empty(), Optional.empty())) {
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (v INT)");
        s.execute("INSERT INTO t VALUES (42)");
      }
      Connection first = db.getConnection();
      Connection second = db.getConnection();
      assertThat(first.unwrap(Connection.class)).isNotSameAs(second.unwrap(Connection.class));
      try (Statement s = second.createStatement();
          ResultSet r = s.executeQuery("SELECT v FROM t")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isEqualTo(42);
      }
      first.close();
      first.close();
      assertThat(first.isClosed()).isTrue();
      second.close();
    }
  }

  @Test
  void rollsBackWhatAConnectionLeftUncommittedBeforeLendingItAgain() throws SQLException {
    try (StateDatabase db =
        new StateDatabase("jdbc:h2:mem:tx", Optional.empty(), Optional.empty())) {
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (v INT)");
      }
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        s.execute("INSERT INTO t VALUES (1)");
      }
      try (Connection c = db.getConnection();
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
        assertThat(c.getAutoCommit()).isTrue();
        r.next();
        assertThat(r.getInt(1)).isZero();
      }
    }
  }

  @Test
  void masksAPasswordInTheUrlAndRefusesANonJdbcUrl() {
    StateDatabase db =
        new StateDatabase(
            "jdbc:postgresql://db/state?user=ps&password=hunter2&ssl=true",
            Optional.of("ps"),
            Optional.of("other-secret"));

    assertThat(db.redactedUrl())
        .isEqualTo("jdbc:postgresql://db/state?user=ps&password=****&ssl=true");
    assertThat(db.toString()).doesNotContain("hunter2").doesNotContain("other-secret");
    assertThat(StateDatabase.DEFAULT_URL).isEqualTo("jdbc:h2:file:./.peoplesync/state");
    assertThatThrownBy(() -> new StateDatabase("postgres://db", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--state: expected a JDBC URL (jdbc:...)");
  }
}
