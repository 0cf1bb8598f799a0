package org.sanctionsplatform.bench.pipeline;

import org.sanctionsplatform.testkit.RoundTrips;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.launcher.RunningPlatform;

/**
 * Where each service spends the time between its input and its output, read from its own database after a rate:
 *
 * <ul>
 *   <li><b>outbox wait</b>: {@code sent_at − created_at} of the service's {@code outbox_event} rows created in the
 *       interval: from the moment the event was written in the service's transaction (before its commit) until the relay
 *       had it acknowledged by the broker and marked it sent. It includes the rest of the transaction, the wait for the
 *       relay's next round (every 100 ms by default) and the publish;</li>
 *   <li><b>consume time</b>: {@code processed_event.processed_at − record timestamp}: from the moment the producing
 *       service's relay handed the record to its Kafka producer (the record's CreateTime, which the observers read) until
 *       the consuming service recorded the event id in the transaction of its effects (since 30 November 2026 first
 *       thing in that transaction, before the handler runs; before, after it). It includes the broker round trip and
 *       the wait in the consumer's queue behind earlier records (and the poll batch's decoding), not the handling
 *       itself, the commit or the offset commit. Per service and per consumed topic.</li>
 * </ul>
 * All timestamps are wall-clock instants of the same host (the services run in the harness JVM).
 */
final class ServiceTimes {

    /** The consumer names the services record in processed_event. */
    static final Map<String, String> CONSUMERS = Map.of("assessment", "assessment-service", "deadline", "deadline-service",
            "publication", "publication-service");

    record Outbox(Distribution waits, long unsent) {
    }

    private ServiceTimes() {
    }

    /** Outbox wait of the rows created in [from, to) (wall-clock microseconds). */
    static Outbox outbox(RunningPlatform.Database db, long fromMicros, long toMicros) throws SQLException {
        List<Long> waits = new ArrayList<>();
        long unsent = 0;
        try (Connection c = Store.connect(db);
             PreparedStatement s = c.prepareStatement("select created_at, sent_at from outbox_event where created_at >= ? and created_at < ?")) {
            s.setTimestamp(1, timestamp(fromMicros));
            s.setTimestamp(2, timestamp(toMicros));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime created = rs.getObject(1, OffsetDateTime.class);
                    OffsetDateTime sent = rs.getObject(2, OffsetDateTime.class);
                    if (sent == null) {
                        unsent++;
                    } else {
                        waits.add(WallClock.micros(sent.toInstant()) - WallClock.micros(created.toInstant()));
                    }
                }
            }
        }
        return new Outbox(Distribution.of(waits), unsent);
    }

    /**
     * Consume time of the events a service processed in [from, to), split by the topic the event came from (as the
     * observers saw it): topic name → distribution.
     */
    static Map<String, Distribution> consume(RunningPlatform.Database db, String consumer, TopicObservers observers,
                                             long fromMicros, long toMicros) throws SQLException {
        List<Long> caseEvents = new ArrayList<>();
        List<Long> assessments = new ArrayList<>();
        try (Connection c = Store.connect(db);
             PreparedStatement s = c.prepareStatement("select event_id, processed_at from processed_event "
                     + "where consumer = ? and processed_at >= ? and processed_at < ?")) {
            s.setString(1, consumer);
            s.setTimestamp(2, timestamp(fromMicros));
            s.setTimestamp(3, timestamp(toMicros));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String eventId = rs.getString(1);
                    long processed = WallClock.micros(rs.getObject(2, OffsetDateTime.class).toInstant());
                    Long sent = observers.caseEventTimestamp(eventId);
                    if (sent != null) {
                        caseEvents.add(processed - sent * 1_000);
                    } else if ((sent = observers.assessmentTimestamp(eventId)) != null) {
                        assessments.add(processed - sent * 1_000);
                    }
                }
            }
        }
        Map<String, Distribution> byTopic = new LinkedHashMap<>();
        byTopic.put(org.sanctionsplatform.schemas.Topics.CASE_EVENTS_NAME, Distribution.of(caseEvents));
        if (!assessments.isEmpty()) {
            byTopic.put(org.sanctionsplatform.schemas.Topics.ASSESSMENTS_NAME, Distribution.of(assessments));
        }
        return byTopic;
    }

    /** Rows and encoded payload bytes held in a service's outbox (sent rows are kept for sep.outbox.retention, 24 h). */
    static long[] outboxHeld(RunningPlatform.Database db) throws SQLException {
        try (Connection c = Store.connect(db);
             PreparedStatement s = c.prepareStatement("select count(*), coalesce(sum(octet_length(payload)), 0) from outbox_event");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * PostgreSQL's own counters for a service's database: {transactions committed, table scans (sequential and index,
     * i.e. roughly the reading statements), rows inserted, updated or deleted}, and the round trips the service's
     * connections have made ({@link RoundTrips}, counted exactly, as they happen). A connection publishes its counters
     * when it commits at most once a second, or after up to 10 s idle, so differences over a few seconds are
     * approximate.
     */
    static long[] postgresCounters(String service, RunningPlatform.Database db) throws SQLException {
        try (Connection c = Store.connect(db); java.sql.Statement s = c.createStatement()) {
            long[] counters = new long[4];
            counters[3] = RoundTrips.count(service);
            try (ResultSet rs = s.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
                rs.next();
                counters[0] = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0), "
                    + "coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_user_tables")) {
                rs.next();
                counters[1] = rs.getLong(1);
                counters[2] = rs.getLong(2);
            }
            return counters;
        }
    }

    static long count(RunningPlatform.Database db, String sql) throws SQLException {
        try (Connection c = Store.connect(db); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Timestamp timestamp(long micros) {
        Timestamp t = new Timestamp(Math.floorDiv(micros, 1_000_000L) * 1_000);
        t.setNanos((int) Math.floorMod(micros, 1_000_000L) * 1_000);
        return t;
    }
}
