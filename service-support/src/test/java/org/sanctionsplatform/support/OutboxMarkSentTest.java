package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.support.outbox.OutboxRelay;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * The relay marks a published batch sent with one statement (its ids padded to a power of two): exactly the rows it
 * published, oldest first, a batch at a time; rows not in the batch stay pending and a row sent before keeps its time.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxMarkSentTest implements TestPropertyProvider {

    private static final Instant SENT_BEFORE = Instant.parse("2026-11-01T09:00:00Z");

    private String jdbcUrl;

    @Inject
    OutboxRelay relay;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("outbox_mark");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.outbox.batch-size", "5",
                "sep.outbox.retention", "3650d",
                // the relay's own loop stays out of the way: this test runs its rounds
                "sep.outbox.initial-delay", "1h"));
    }

    @Test
    void aBatchIsMarkedSentAsAWholeAndNothingElseIs() throws SQLException {
        insert("sent-before", SENT_BEFORE);
        for (int i = 1; i <= 8; i++) {
            insert("pending-" + i, null);
        }

        assertThat(relay.relayBatch()).as("a full batch").isEqualTo(5);
        assertThat(sent()).containsOnlyKeys("sent-before", "pending-1", "pending-2", "pending-3", "pending-4",
                "pending-5");
        assertThat(relay.relayBatch()).as("the rest: three rows, padded to four ids").isEqualTo(3);
        assertThat(sent()).hasSize(9);
        assertThat(sent().get("sent-before")).isEqualTo(SENT_BEFORE);
        assertThat(relay.relayBatch()).as("nothing left").isZero();
    }

    private void insert(String eventId, Instant sentAt) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, topic, record_key, payload, "
                     + "created_at, sent_at) values (?, 'outbox-mark-test', 'k', ?, ?, ?)")) {
            s.setString(1, eventId);
            s.setBytes(2, new byte[] {1});
            s.setTimestamp(3, Timestamp.from(Instant.parse("2026-11-01T08:00:00Z")));
            s.setTimestamp(4, sentAt == null ? null : Timestamp.from(sentAt));
            s.executeUpdate();
        }
    }

    /** The rows marked sent, by event id, with when. */
    private Map<String, Instant> sent() throws SQLException {
        Map<String, Instant> sent = new LinkedHashMap<>();
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery(
                     "select event_id, sent_at from outbox_event where sent_at is not null order by id")) {
            while (rs.next()) {
                sent.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        }
        return sent;
    }
}
