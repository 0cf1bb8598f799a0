package org.sanctionsplatform.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The statements of each chunk of ids run in the order added, each seeing what those before it wrote, chunk after
 * chunk in the order of the ids: on PostgreSQL (one round trip per chunk) and on H2 (one by one). A query's leading
 * parameters are bound before the chunk's ids.
 */
class BulkSqlPerChunkTest {

    @Test
    void onPostgresql() {
        PostgresFixture pg = PostgresFixture.shared();
        check(Map.of("datasources.default.url", pg.createDatabase("bulk_per_chunk"),
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @Test
    void onH2() {
        check(Map.of("datasources.default.url", "jdbc:h2:mem:bulk_per_chunk;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver"));
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> datasource) {
        Map<String, Object> properties = new HashMap<>(datasource);
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        try (ApplicationContext context = ApplicationContext.builder().environments("support-test")
                .properties(LocalIdentityProvider.shared().serviceProperties(properties)).start()) {
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            BulkSql sql = context.getBean(BulkSql.class);
            tx.executeWrite(status -> {
                try (Statement s = status.getConnection().createStatement()) {
                    s.execute("create table item (id varchar(10) primary key, n integer)");
                    s.execute("insert into item (id, n) values ('k0000', 7)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            // more ids than one chunk holds: two chunks, the second of two ids
            List<String> ids = IntStream.range(0, BulkSql.CHUNK + 2).mapToObj(i -> "k%04d".formatted(i)).toList();
            List<String> read = new ArrayList<>();
            List<Integer> chunkSizes = new ArrayList<>();
            List<Integer> sevens = new ArrayList<>();
            tx.executeWrite(status -> {
                sql.perChunk(ids, chunk -> {
                    chunk.insertKeys("insert into item (id, n)", "(?, 0)", "on conflict do nothing")
                            .selectIn("select id, n from item where id in (%s) order by id for update",
                                    row -> read.add(row.getString(1) + "=" + row.getInt(2)))
                            .selectIn("select count(*) from item where id in (%s)", row -> chunkSizes.add(row.getInt(1)))
                            .selectIn("select count(*) from item where n = ? and id in (%s)", List.of(7),
                                    row -> sevens.add(row.getInt(1)));
                });
                return null;
            });

            assertThat(chunkSizes).as("each chunk's count, after its insert").containsExactly(BulkSql.CHUNK, 2);
            assertThat(sevens).as("a query's leading parameters bound before the chunk's ids").containsExactly(1, 0);
            assertThat(read).as("the rows of each chunk in order; the one there before kept its value")
                    .hasSize(BulkSql.CHUNK + 2).startsWith("k0000=7", "k0001=0").endsWith("k0500=0", "k0501=0");
        }
    }
}
