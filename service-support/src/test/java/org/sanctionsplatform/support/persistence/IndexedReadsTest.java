package org.sanctionsplatform.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.SupportContexts;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.PostgresFixture.Scans;

/**
 * A batch's reads of its cases by case id ({@link BulkSql#perChunk}) go through the case-id index on a table that
 * was never analysed, where PostgreSQL would otherwise scan the whole table for a list of a few dozen ids; a table
 * with no index is still read; and the transaction's statements after the reads are planned with its own setting.
 */
class IndexedReadsTest {

    /** 4,000 rows, 40 per case, never analysed (a fresh database; autovacuum would take a minute at least). */
    private static final int CASES = 100;
    private static final int ROWS_PER_CASE = 40;

    @Test
    void aBatchReadsItsCasesThroughTheIndexOnATableWithoutStatistics() {
        try (ApplicationContext context = start("indexed_reads")) {
            TransactionOperations<Connection> tx = transactions(context);
            BulkSql sql = context.getBean(BulkSql.class);
            tx.executeWrite(status -> run(status.getConnection(),
                    "create table holding (id serial primary key, case_id varchar(20) not null, payload varchar(200))",
                    "create index holding_case on holding (case_id)",
                    "create table noted (case_id varchar(20), note varchar(20))",
                    "insert into holding (case_id, payload) select 'case-' || (g % " + CASES + "), repeat('x', 150) "
                            + "from generate_series(1, " + CASES * ROWS_PER_CASE + ") g",
                    "insert into noted values ('case-1', 'first'), ('case-2', 'second')"));
            List<String> batch = IntStream.range(0, 30).mapToObj(i -> "case-" + i).toList();

            List<String> held = new ArrayList<>();
            List<String> noted = new ArrayList<>();
            Map<String, Scans> scans = new HashMap<>();
            String[] settingAfter = new String[1];
            long[] seqScansAfter = new long[1];
            tx.executeWrite(status -> {
                Connection connection = status.getConnection();
                try {
                    Map<String, Scans> before = PostgresFixture.unreportedScans(connection);
                    sql.perChunk(batch, chunk -> chunk
                            .selectIn("select case_id from holding where case_id in (%s)", row -> held.add(row.getString(1)))
                            .selectIn("select note from noted where case_id in (%s) order by note",
                                    row -> noted.add(row.getString(1))));
                    scans.putAll(PostgresFixture.scansSince(connection, before));
                    settingAfter[0] = single(connection, "select current_setting('enable_seqscan')");
                    // a statement after the batch's reads that reads the whole table is planned as a sequential scan
                    Map<String, Scans> beforeCount = PostgresFixture.unreportedScans(connection);
                    single(connection, "select count(*) from holding");
                    seqScansAfter[0] = PostgresFixture.scansSince(connection, beforeCount).get("holding").sequential();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });

            assertThat(held).as("every row of the batch's cases").hasSize(batch.size() * ROWS_PER_CASE);
            assertThat(scans.get("holding").sequential()).as("the indexed table's sequential scans by the batch's read")
                    .isZero();
            assertThat(scans.get("holding").index()).as("its index scans").isPositive();
            assertThat(noted).as("a table with no index is still read").containsExactly("first", "second");
            assertThat(scans.get("noted").sequential()).isEqualTo(1);
            assertThat(settingAfter[0]).as("the transaction's setting after the reads").isEqualTo("on");
            assertThat(seqScansAfter[0]).as("the count after the batch scans the table").isEqualTo(1);
        }
    }

    @Test
    void aTransactionThatHadSequentialScansOffKeepsThemOff() {
        try (ApplicationContext context = start("indexed_reads_off")) {
            TransactionOperations<Connection> tx = transactions(context);
            BulkSql sql = context.getBean(BulkSql.class);
            tx.executeWrite(status -> run(status.getConnection(),
                    "create table holding (case_id varchar(20) primary key)",
                    "insert into holding values ('case-1')"));
            String after = tx.executeWrite(status -> {
                Connection connection = status.getConnection();
                try {
                    run(connection, "set local enable_seqscan = off");
                    sql.perChunk(List.of("case-1"), chunk -> chunk.selectIn("select case_id from holding where case_id in (%s)",
                            row -> { }));
                    return single(connection, "select current_setting('enable_seqscan')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(after).isEqualTo("off");
        }
    }

    private static Object run(Connection connection, String... statements) {
        try (Statement s = connection.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static ApplicationContext start(String database) {
        return SupportContexts.onPostgres(database);
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(TransactionOperations.class);
    }
}
