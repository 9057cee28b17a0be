package io.peoplesync.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peoplesync.testkit.FakeVendorsExtension;
import io.peoplesync.testkit.ortec.FakeOrtec;
import io.peoplesync.testkit.pepper.FakePepper;
import io.peoplesync.testkit.publisher.FakePublisher;
import io.peoplesync.testkit.spencer.FakeSpencer;
import io.peoplesync.testkit.springest.FakeSpringest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeVendorsExtension.class)
class JdbcStateStoreTest {
  private static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void theStateSurvivesANewProvisionerOverTheSameDatabase(
      FakeSpencer s, FakeOrtec o, FakePublisher pu, FakeSpringest sp, FakePepper pe) {
    FiveFakes f = new FiveFakes(s, o, pu, sp, pe);
    JdbcDataSource ds = h2();
    List<Employee> staff = FiveFakes.staff(40);
    assertThat(f.provisioner(StateStore.jdbc(ds)).build().sync(staff).failures()).isEmpty();
    int before = f.requests();

    Provisioner restarted = f.provisioner(StateStore.jdbc(ds)).build();
    Plan plan = restarted.plan(staff);

    assertThat(plan.count(ChangeKind.UNCHANGED)).isEqualTo(200);
    assertThat(restarted.apply(plan).failures()).isEmpty();
    assertThat(f.requests()).isEqualTo(before);
    assertThat(plan.lastPopulation()).hasValue(40);
  }

  @Test
  void keepsEveryPartOfAnEntryAndReplacesItOnPut() {
    StateStore store = StateStore.jdbc(h2());
    store.put(
        "spencer",
        "E-1",
        new StateEntry("v-1", StateEntry.Status.ACTIVE, Map.of("jobTitle", "Dev"), null));
    store.put(
        "spencer",
        "E-1",
        new StateEntry(
            "v-1", StateEntry.Status.DEACTIVATED, Map.of("jobTitle", "Lead"), "2026-11-30"));
    store.put(
        "ortec", "E-1", new StateEntry("E-1", StateEntry.Status.DELETED, Map.of(), "2026-11-30"));

    StateEntry e = store.entry("spencer", "E-1");
    assertThat(e.vendorId).isEqualTo("v-1");
    assertThat(e.status).isEqualTo(StateEntry.Status.DEACTIVATED);
    assertThat(e.fields).containsExactly(Map.entry("jobTitle", "Lead"));
    assertThat(e.deactivatedOn).isEqualTo("2026-11-30");
    assertThat(store.entries("spencer")).containsOnlyKeys("E-1");
    assertThat(store.entries("ortec").get("E-1").status).isEqualTo(StateEntry.Status.DELETED);
    assertThat(store.entry("pepper", "E-1")).isNull();
    assertThat(store.lastPopulation()).isEmpty();
    store.recordPopulation(10);
    store.recordPopulation(12);
    assertThat(store.lastPopulation()).hasValue(12);
  }

  @Test
  void writesAGroupInOneGoUpdatingKnownRowsAndInsertingNewOnes() {
    StateStore store = StateStore.jdbc(h2());
    Map<String, StateEntry> first = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      first.put(
          "E-" + i, new StateEntry("v-" + i, StateEntry.Status.ACTIVE, Map.of("n", "" + i), null));
    }
    store.putAll("pepper", first);
    store.putAll(
        "pepper",
        Map.of(
            "E-7", new StateEntry("v-7", StateEntry.Status.DELETED, Map.of(), "2026-12-01"),
            "E-300", new StateEntry("v-300", StateEntry.Status.ACTIVE, Map.of("n", "300"), null)));

    Map<String, StateEntry> all = store.entries("pepper");
    assertThat(all).hasSize(301);
    assertThat(all.get("E-7").status).isEqualTo(StateEntry.Status.DELETED);
    assertThat(all.get("E-299").fields).containsEntry("n", "299");
    assertThat(all.get("E-300").vendorId).isEqualTo("v-300");
  }

  @Test
  void createsItsTablesOnceAndRecordsTheSchemaVersion() throws SQLException {
    JdbcDataSource ds = h2();
    StateStore.jdbc(ds).recordPopulation(3);
    StateStore.jdbc(ds).recordPopulation(4);
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT meta_value FROM peoplesync_meta WHERE meta_key = 'schema_version'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("1");
    }
  }

  @Test
  void refusesADatabaseWrittenByANewerSchema() throws SQLException {
    JdbcDataSource ds = h2();
    StateStore.jdbc(ds).recordPopulation(1);
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE peoplesync_meta SET meta_value = '2' WHERE meta_key = 'schema_version'");
    }
    StateStore newer = StateStore.jdbc(ds);
    assertThatThrownBy(newer::lastPopulation)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema version 2");
  }
}
