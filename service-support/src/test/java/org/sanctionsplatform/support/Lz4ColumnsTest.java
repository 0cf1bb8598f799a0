package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.persistence.Lz4Columns;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The outbox's payloads are stored LZ4-compressed on PostgreSQL (the Java migration {@code db.support.V0_4}, found by
 * Flyway in {@code classpath:db/support} with the SQL ones), and the same migrations still run on H2, where there is no
 * such setting.
 */
class Lz4ColumnsTest {

    @Test
    void outboxPayloadsAreStoredLz4CompressedOnPostgres() throws SQLException {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("lz4_outbox");
        Flyway.configure().dataSource(jdbcUrl, postgres.username(), postgres.password())
                .locations("classpath:db/support").load().migrate();
        try (Connection c = postgres.connect(jdbcUrl)) {
            assertThat(string(c, "select attcompression from pg_attribute where attrelid = 'outbox_event'::regclass"
                    + " and attname = 'payload'")).isEqualTo("l");
            insertPayload(c, "large", ("{\"explanation\": \"the baseline penalty of £1,000,000 (§5.8)\"} ")
                    .repeat(60).getBytes(StandardCharsets.UTF_8));
            insertPayload(c, "small", "a case event of 223 bytes".getBytes(StandardCharsets.UTF_8));
            assertThat(string(c, "select pg_column_compression(payload) from outbox_event where event_id = 'large'"))
                    .as("a value large enough to be compressed").isEqualTo("lz4");
            assertThat(string(c, "select pg_column_compression(payload) from outbox_event where event_id = 'small'"))
                    .as("small values are stored as they are").isNull();
            assertThat(string(c, "select convert_from(payload, 'UTF8') from outbox_event where event_id = 'large'"))
                    .startsWith("{\"explanation\": \"the baseline penalty of £1,000,000 (§5.8)\"} ").hasSize(61 * 60);

            // applying it again is harmless
            Lz4Columns.compress(c, "outbox_event", "payload");
            assertThat(string(c, "select attcompression from pg_attribute where attrelid = 'outbox_event'::regclass"
                    + " and attname = 'payload'")).isEqualTo("l");
        }
    }

    @Test
    void theSameMigrationsRunOnH2() throws SQLException {
        String h2 = "jdbc:h2:mem:lz4_outbox;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(h2, "sa", "").locations("classpath:db/support").load().migrate();
        try (Connection c = DriverManager.getConnection(h2, "sa", "")) {
            insertPayload(c, "large", "x".repeat(4000).getBytes(StandardCharsets.UTF_8));
            assertThat(string(c, "select count(*) from outbox_event where sent_at is null")).isEqualTo("1");
            assertThat(string(c, "select count(*) from \"flyway_schema_history\" where \"script\" like '%Outbox_payload_lz4'"
                    + " and \"success\""))
                    .as("applied, changing nothing").isEqualTo("1");
        }
    }

    @Test
    void onlyPlainNamesAreTakenIntoTheStatement() {
        assertThatThrownBy(() -> Lz4Columns.compress(null, "outbox_event; drop table x", "payload"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void insertPayload(Connection c, String eventId, byte[] payload) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, topic, record_key, payload,"
                + " created_at) values (?, 't', 'k', ?, ?)")) {
            s.setString(1, eventId);
            s.setBytes(2, payload);
            s.setTimestamp(3, Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")));
            s.executeUpdate();
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
