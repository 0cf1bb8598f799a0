package org.sanctionsplatform.deadline.timers;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/** Starts deadline-service contexts (replicas) on one real PostgreSQL database and a real broker, and reads their tables. */
final class DeadlineContexts {

    private DeadlineContexts() {
    }

    static String newDatabase() {
        return PostgresFixture.shared().createDatabase("deadline_timers");
    }

    /**
     * A replica on {@code jdbcUrl} whose clock starts at {@code clockStart}. Its outbox relay may publish (a commit
     * wakes it), but never purges what it sent: the tests read every event the sweep wrote from the outbox table, and
     * a replica whose clock jumped weeks ahead would otherwise delete the rows an earlier replica had sent.
     */
    static ApplicationContext replica(String jdbcUrl, Instant clockStart, Map<String, Object> properties) {
        PostgresFixture postgres = PostgresFixture.shared();
        Map<String, Object> all = new HashMap<>();
        all.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        all.put("datasources.default.url", jdbcUrl);
        all.put("datasources.default.username", postgres.username());
        all.put("datasources.default.password", postgres.password());
        all.put("micronaut.server.port", -1);
        all.put("test.clock.start", clockStart.toString());
        // the events are read from the outbox, where the sweep writes them; publishing them is the relay's test
        all.put("sep.outbox.initial-delay", "1h");
        all.put("sep.outbox.retention", "3650d");
        all.putAll(LocalIdentityProvider.shared().serviceProperties());
        all.putAll(properties);
        return ApplicationContext.builder().environments("deadline").properties(all).start();
    }

    /** One row of deadline_timer. */
    record TimerRow(String windowId, String timerKind, String state, Instant fireAt, Instant firedAt,
                    Long latenessMillis, String firedBy, String eventId, String stateReason, String caseId,
                    String windowKind, String causationId) {
    }

    static List<TimerRow> timers(String jdbcUrl) {
        List<TimerRow> rows = new ArrayList<>();
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("select window_id, timer_kind, state, fire_at, fired_at, "
                     + "lateness_millis, fired_by, event_id, state_reason, case_id, window_kind, causation_id from deadline_timer order by fire_at, window_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime firedAt = rs.getObject(5, OffsetDateTime.class);
                rows.add(new TimerRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), firedAt == null ? null : firedAt.toInstant(),
                        (Long) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The outbox's events in the order they were written, with the event id each row is stored under. */
    static List<Outgoing> outbox(String jdbcUrl) {
        List<Outgoing> events = new ArrayList<>();
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement("select event_id, topic, record_key, payload from outbox_event order by id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                events.add(new Outgoing(rs.getString(1), rs.getString(2), rs.getString(3),
                        Topics.DEADLINES.decode(rs.getBytes(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    static long count(String jdbcUrl, String sql) {
        try (Connection c = PostgresFixture.shared().connect(jdbcUrl);
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    record Outgoing(String eventId, String topic, String key, DeadlineEventEnvelope envelope) {
    }
}
