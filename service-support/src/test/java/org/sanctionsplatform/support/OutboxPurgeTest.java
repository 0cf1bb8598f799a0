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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.support.outbox.OutboxRelay;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Sent outbox rows are deleted once older than {@code sep.outbox.retention}, by the relay when it finds nothing to send,
 * at most once per {@code sep.outbox.purge-interval}: not on every idle round (the relay is woken by every commit), so
 * the delete is not repeated many times a second over a table holding a day of rows. Rows not sent, and sent rows
 * within the retention, are never deleted.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxPurgeTest implements TestPropertyProvider {

    private String jdbcUrl;

    @Inject
    OutboxRelay relay;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("purge");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.outbox.retention", "1h",
                "sep.outbox.purge-interval", "1h",
                // the relay's own loop stays out of the way: this test runs its rounds
                "sep.outbox.initial-delay", "1h"));
    }

    @Test
    void sentRowsPastTheRetentionAreDeletedAtMostOncePerInterval() throws SQLException {
        Instant now = Instant.now();
        row("old-sent", now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)));
        row("recent-sent", now.minus(Duration.ofMinutes(40)), now.minus(Duration.ofMinutes(30)));

        assertThat(relay.relayBatch()).as("nothing pending").isZero();
        assertThat(eventIds()).as("the first idle round purges").containsExactly("recent-sent");

        row("old-sent-2", now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)));
        for (int round = 0; round < 5; round++) {
            assertThat(relay.relayBatch()).isZero();
        }
        assertThat(eventIds()).as("idle rounds within the purge interval delete nothing")
                .containsExactly("old-sent-2", "recent-sent");
    }

    private void row(String eventId, Instant created, Instant sent) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, topic, record_key, payload, "
                     + "created_at, sent_at) values (?, 'purge-test', 'k', ?, ?, ?)")) {
            s.setString(1, eventId);
            s.setBytes(2, new byte[] {1});
            s.setTimestamp(3, Timestamp.from(created));
            s.setTimestamp(4, Timestamp.from(sent));
            s.executeUpdate();
        }
    }

    private List<String> eventIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery("select event_id from outbox_event order by event_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
