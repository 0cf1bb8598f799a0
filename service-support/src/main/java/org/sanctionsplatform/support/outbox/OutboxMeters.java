package org.sanctionsplatform.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The outbox on the service's metrics: {@value #BACKLOG} (events committed but not yet published) and
 * {@value #OLDEST_AGE} (how long the oldest of them has waited, 0 when none waits), read with one indexed query at
 * most once per {@code sep.outbox.metrics-cache} (default 5 s) whenever the registry is scraped; and
 * {@value #PUBLISHED}, the events the relay published, per topic. While Kafka is down the backlog and its age grow:
 * that, not readiness, is what tells an operator the outbox is holding the writes (issue 11.4). A database that does
 * not answer makes the gauges NaN (and Micrometer logs why) rather than failing the scrape.
 */
@Context
public class OutboxMeters {

    public static final String BACKLOG = "sep.outbox.backlog";
    public static final String OLDEST_AGE = "sep.outbox.oldest.age";
    public static final String PUBLISHED = "sep.outbox.published";

    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final MeterRegistry registry;
    private final long cacheNanos;
    private volatile Reading last;

    public OutboxMeters(TransactionOperations<Connection> tx, Clock clock, MeterRegistry registry,
                        @Value("${sep.outbox.metrics-cache:5s}") Duration cache) {
        this.tx = tx;
        this.clock = clock;
        this.registry = registry;
        this.cacheNanos = cache.toNanos();
        Gauge.builder(BACKLOG, this, m -> m.read().pending())
                .description("Outbox events committed and not yet published").baseUnit("events")
                .register(registry);
        TimeGauge.builder(OLDEST_AGE, this, TimeUnit.SECONDS, m -> m.read().oldestAgeSeconds())
                .description("How long the oldest unpublished outbox event has waited (0 when none waits)")
                .register(registry);
    }

    /** Counts events the relay has published (and marked sent) to a topic. */
    void published(String topic, long count) {
        Counter.builder(PUBLISHED).description("Outbox events published to Kafka").baseUnit("events")
                .tag("topic", topic).register(registry).increment(count);
    }

    /** The backlog now (or as read at most {@code sep.outbox.metrics-cache} ago). */
    public Reading read() {
        Reading known = last;
        if (known != null && System.nanoTime() - known.takenAt() < cacheNanos) {
            return known;
        }
        Reading fresh = tx.executeRead(status -> query(status.getConnection()));
        last = fresh;
        return fresh;
    }

    private Reading query(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select count(*), min(created_at) from outbox_event where sent_at is null");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            long pending = rs.getLong(1);
            Timestamp oldest = rs.getTimestamp(2);
            double age = oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toMillis() / 1000.0);
            return new Reading(pending, age, System.nanoTime());
        }
    }

    /** Events waiting to be published, and how long the oldest has waited (seconds). */
    public record Reading(long pending, double oldestAgeSeconds, long takenAt) {
    }
}
