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
import org.sanctionsplatform.support.consumer.ProcessedEventRetention;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/** With a retention set (the embedded run's), the ids of events processed longer ago are forgotten; newer ones stay. */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessedEventRetentionTest implements TestPropertyProvider {

    private String jdbcUrl;

    @Inject
    ProcessedEventRetention retention;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("support");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password(),
                "sep.consumer.processed-event-retention", "10m",
                // the test purges by itself
                "sep.consumer.processed-event-purge-interval", "1h"));
    }

    @Test
    void idsProcessedBeforeTheRetentionAreForgottenAndNewerOnesKept() throws SQLException {
        Instant now = Instant.now();
        processed("old-1", now.minus(Duration.ofMinutes(11)));
        processed("old-2", now.minus(Duration.ofHours(30)));
        processed("recent", now.minus(Duration.ofMinutes(9)));

        int forgotten = retention.purge();

        assertThat(forgotten).isEqualTo(2);
        assertThat(eventIds()).containsExactly("recent");
    }

    private void processed(String eventId, Instant at) throws SQLException {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement(
                     "insert into processed_event (consumer, event_id, processed_at) values ('test', ?, ?)")) {
            s.setString(1, eventId);
            s.setTimestamp(2, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private List<String> eventIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery("select event_id from processed_event order by event_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
