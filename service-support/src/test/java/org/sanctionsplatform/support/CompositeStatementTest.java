package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * A CompositeStatement's writes reach PostgreSQL in one round trip, in the order added, each with its own parameters;
 * an error in any of them is the server's error; on H2 the same writes run one by one.
 */
public class CompositeStatementTest { // public: the driver instantiates CountingSockets by name

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
            int before = CountingSockets.WRITES.get();
            writes.execute(c, true);
            assertThat(CountingSockets.WRITES.get() - before).as("socket writes for %d statements", writes.size())
                    .isEqualTo(1);
            c.commit();

            // one by one (as on H2): a write per statement (the children as one JDBC batch)
            CompositeStatement alone = family("p2", 3);
            begin(c);
            before = CountingSockets.WRITES.get();
            alone.execute(c, false);
            assertThat(CountingSockets.WRITES.get() - before).isEqualTo(3);
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
            int before = CountingSockets.WRITES.get();
            List<String> read = new ArrayList<>();
            java.util.concurrent.CompletableFuture<Void> locked = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    lockedRead("p1", read).execute(c, true);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForALock(postgres, jdbcUrl);
            try (Statement s = holder.createStatement()) {
                s.execute("insert into child (id, parent_id, seq) values ('p1-0', 'p1', 0)");
            }
            holder.commit();
            locked.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(CountingSockets.WRITES.get() - before).as("one round trip").isEqualTo(1);
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

    private static void awaitWaitingForALock(PostgresFixture postgres, String jdbcUrl) throws Exception {
        try (Connection watcher = postgres.connect(jdbcUrl); Statement s = watcher.createStatement()) {
            for (int i = 0; i < 300; i++) {
                try (ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and datname = current_database()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the composite statement never waited for the lock");
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

    private static Connection countingConnection(String jdbcUrl, PostgresFixture postgres) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", postgres.username());
        properties.setProperty("password", postgres.password());
        properties.setProperty("socketFactory", CountingSockets.class.getName());
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Sockets that count the writes the driver makes (one per message flush: a round trip's request). */
    public static final class CountingSockets extends SocketFactory {

        static final AtomicInteger WRITES = new AtomicInteger();

        @Override
        public Socket createSocket() {
            return new CountingSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket socket = new CountingSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return createSocket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return createSocket(host.getHostAddress(), port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return createSocket(address.getHostAddress(), port);
        }
    }

    private static final class CountingSocket extends Socket {

        CountingSocket() {
            super();
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            OutputStream out = super.getOutputStream();
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    CountingSockets.WRITES.incrementAndGet();
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    CountingSockets.WRITES.incrementAndGet();
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }
    }
}
