package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A JDBC batch of inserts reaches PostgreSQL as one multi-row insert (see BatchedInserts): the driver then counts the
 * batch's rows as SUCCESS_NO_INFO (it rewrites a power of two of rows at a time: four here), one by one it counts
 * each row; every row is written either way.
 */
class BatchedInsertsTest {

    @Test
    void aBatchOfInsertsIsSentAsAMultiRowInsert() throws Exception {
        assertThat(insertFourInOneBatch(Map.of())).isEqualTo("-2 -2 -2 -2, 4 rows");
    }

    @Test
    void theSettingCanBeTurnedOff() throws Exception {
        assertThat(insertFourInOneBatch(Map.of("sep.datasource.rewrite-batched-inserts", "false")))
                .isEqualTo("1 1 1 1, 4 rows");
    }

    private static String insertFourInOneBatch(Map<String, String> extra) throws Exception {
        try (ApplicationContext context = SupportContexts.onPostgres("batchedinserts", extra)) {
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            return tx.executeWrite(status -> {
                Connection connection = status.getConnection();
                try (Statement s = connection.createStatement()) {
                    s.execute("create table batched_row (id int primary key)");
                }
                StringBuilder counts = new StringBuilder();
                try (PreparedStatement s = connection.prepareStatement("insert into batched_row (id) values (?)")) {
                    for (int id = 1; id <= 4; id++) {
                        s.setInt(1, id);
                        s.addBatch();
                    }
                    for (int count : s.executeBatch()) {
                        counts.append(counts.length() == 0 ? "" : " ").append(count);
                    }
                }
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                        "select count(*) from batched_row")) {
                    rs.next();
                    return counts + ", " + rs.getInt(1) + " rows";
                }
            });
        }
    }
}
