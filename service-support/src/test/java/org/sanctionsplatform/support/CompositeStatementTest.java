package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.RoundTrips;

/**
 * A CompositeStatement's writes reach PostgreSQL in one round trip, in the order added, each with its own parameters;
 * an error in any of them is the server's error; on H2 the same writes run one by one.
 */
class CompositeStatementTest {

    private static final String COUNTED = "composite-statement-test";

    private static final String SCHEMA = "create table parent (id varchar(20) primary key, name varchar(50), born date);"
            + "create table child (id varchar(20) primary key, parent_id varchar(20) not null references parent (id), "
            + "seq integer not null, note varchar(50))";

    @Test
    void theWritesGoInOneRoundTripInOrderEachWithItsParameters() throws SQLException {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("composite");
        try (Connection setup = postgres.connect(jdbcUrl); Statement s = setup.createStatement()) {
            s.execute(SCHEMA);
        }
        try (Connection c = countingConnection(jdbcUrl, postgres)) {
            c.setAutoCommit(false);
            CompositeStatement writes = family("p1", 3);
            begin(c);
            long before = RoundTrips.count(COUNTED);
            writes.execute(c, true);
            assertThat(RoundTrips.count(COUNTED) - before).as("round trips for %d statements", writes.size())
                    .isEqualTo(1);
            c.commit();

            // one by one (as on H2): a round trip per statement (the children as one JDBC batch)
            CompositeStatement alone = family("p2", 3);
            begin(c);
            before = RoundTrips.count(COUNTED);
            alone.execute(c, false);
            assertThat(RoundTrips.count(COUNTED) - before).isEqualTo(3);
            c.commit();

            assertThat(rows(c)).containsExactly(
                    "p1 the parent 2026-02-01", "p1-0 p1 0 null", "p1-1 p1 1 note 1", "p1-2 p1 2 null",
                    "p2 the parent 2026-02-01", "p2-0 p2 0 null", "p2-1 p2 1 note 1", "p2-2 p2 2 null");
        }
    }

    @Test
    void anErrorInAnyOfThemIsTheServersErrorAndTheCallerRollsBack() throws SQLException {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("composite_error");
        try (Connection c = postgres.connect(jdbcUrl)) {
            try (Statement s = c.createStatement()) {
                s.execute(SCHEMA);
            }
            c.setAutoCommit(false);
            CompositeStatement writes = family("p1", 1)
                    // the child of a parent that does not exist: the foreign key fails the third statement
                    .add("insert into child (id, parent_id, seq, note) values (?, ?, ?, ?)", st -> {
                        st.setString(1, "orphan");
                        st.setString(2, "nobody");
                        st.setInt(3, 0);
                        st.setNull(4, Types.VARCHAR);
                    });
            assertThatThrownBy(() -> writes.execute(c, true)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("child_parent_id_fkey");
            c.rollback();
            assertThat(rows(c)).isEmpty();
        }
    }

    @Test
    void onH2TheSameWritesRunOneByOne() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:composite;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "")) {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    s.execute(ddl);
                }
            }
            family("p1", 3).execute(c, false);
            assertThat(rows(c)).containsExactly(
                    "p1 the parent 2026-02-01", "p1-0 p1 0 null", "p1-1 p1 1 note 1", "p1-2 p1 2 null");
        }
    }

    @Test
    void queriesAmongThemAreReadInOrderAndALockedReadSeesWhatWasCommittedWhileItWaited() throws Exception {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("composite_query");
        try (Connection setup = postgres.connect(jdbcUrl); Statement s = setup.createStatement()) {
            s.execute(SCHEMA);
            s.execute("insert into parent (id, name) values ('p1', 'before')");
        }
        try (Connection holder = postgres.connect(jdbcUrl); Connection c = countingConnection(jdbcUrl, postgres)) {
            // another transaction holds the row and changes the parent and its children meanwhile
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("select id from parent where id = 'p1' for update");
                s.execute("update parent set name = 'changed' where id = 'p1'");
            }
            c.setAutoCommit(false);
            begin(c);
            long before = RoundTrips.count(COUNTED);
            List<String> read = new ArrayList<>();
            java.util.concurrent.CompletableFuture<Void> locked = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    lockedRead("p1", read).execute(c, true);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            postgres.awaitWaitingForALock(jdbcUrl);
            try (Statement s = holder.createStatement()) {
                s.execute("insert into child (id, parent_id, seq) values ('p1-0', 'p1', 0)");
            }
            holder.commit();
            locked.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(RoundTrips.count(COUNTED) - before).as("one round trip").isEqualTo(1);
            c.commit();

            assertThat(read).as("the lock's row, then what was committed before the lock was granted")
                    .containsExactly("locked p1", "name changed", "children 1");
        }
    }

    @Test
    void onH2QueriesRunOneByOneInOrder() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:composite_query;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "sa", "")) {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    s.execute(ddl);
                }
            }
            List<String> read = new ArrayList<>();
            family("p1", 2).addAll(lockedRead("p1", read)).execute(c, false);
            lockedRead("nobody", read).execute(c, false);
            assertThat(read).containsExactly("locked p1", "name the parent", "children 2", "name none", "children 0");
        }
    }

    /** Locks a parent, then reads its name and counts its children, noting what each query answered. */
    private static CompositeStatement lockedRead(String parent, List<String> read) {
        return new CompositeStatement()
                .addQuery("select id from parent where id = ? for update", st -> st.setString(1, parent), rs -> {
                    if (rs.next()) {
                        read.add("locked " + rs.getString(1));
                    }
                })
                .addQuery("select name from parent where id = ?", st -> st.setString(1, parent),
                        rs -> read.add("name " + (rs.next() ? rs.getString(1) : "none")))
                .addQuery("select count(*) from child where parent_id = ?", st -> st.setString(1, parent), rs -> {
                    rs.next();
                    read.add("children " + rs.getInt(1));
                });
    }

    @Test
    void aStatementsParametersAreItsQuestionMarksOutsideLiterals() {
        CompositeStatement writes = new CompositeStatement()
                .add("update parent set name = 'who? what?' where id = ?", st -> st.setString(1, "p1"));
        assertThat(writes.size()).isEqualTo(1);
        assertThatThrownBy(() -> new CompositeStatement().add("update parent set name = 'open where id = ?", st -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced quote");
    }

    /** A parent, its children (the even ones without a note), then an update of the parent: 2 + children statements. */
    private static CompositeStatement family(String parent, int children) {
        CompositeStatement writes = new CompositeStatement()
                .add("insert into parent (id, name, born) values (?, ?, ?)", st -> {
                    st.setString(1, parent);
                    st.setString(2, "to be renamed");
                    st.setObject(3, LocalDate.of(2026, 2, 1));
                });
        List<CompositeStatement.Binder> rows = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            int seq = i;
            rows.add(st -> {
                st.setString(1, parent + "-" + seq);
                st.setString(2, parent);
                st.setInt(3, seq);
                if (seq % 2 == 0) {
                    st.setNull(4, Types.VARCHAR);
                } else {
                    st.setString(4, "note " + seq);
                }
            });
        }
        writes.addEach("insert into child (id, parent_id, seq, note) values (?, ?, ?, ?)", rows);
        if (children > 1) {
            writes.add("update parent set name = ? where id = ?", st -> {
                st.setString(1, "the parent");
                st.setString(2, parent);
            });
        }
        return writes;
    }

    /** A first statement in the transaction, so that the driver's own begin is not counted with the writes. */
    private static void begin(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select 1");
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id || ' ' || name || ' ' || born, 1 from parent union all "
                     + "select id || ' ' || parent_id || ' ' || seq || ' ' || coalesce(note, 'null'), 2 from child order by 1")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** A connection whose round trips to PostgreSQL are counted (testkit's RoundTrips), under {@link #COUNTED}. */
    private static Connection countingConnection(String jdbcUrl, PostgresFixture postgres) throws SQLException {
        return DriverManager.getConnection(RoundTrips.counted(jdbcUrl, COUNTED), postgres.username(), postgres.password());
    }
}
