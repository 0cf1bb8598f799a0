package org.sanctionsplatform.support.consumer;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.sanctionsplatform.support.scheduling.BackgroundLoops;
import org.sanctionsplatform.support.scheduling.PeriodicTask;

/**
 * Forgets the ids of events processed longer ago than {@code sep.consumer.processed-event-retention}, once a minute
 * ({@code sep.consumer.processed-event-purge-interval}), so that a long run's {@code processed_event} table stays
 * bounded. Only when the retention is set (the embedded run sets 10 minutes): by default every id is kept. An event
 * redelivered after its id was forgotten would be applied again, so the retention must be longer than any
 * redelivery can be late (with the consumers committing their offsets after every batch, seconds).
 */
@Context
@Requires(property = "sep.consumer.processed-event-retention")
public class ProcessedEventRetention {

    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final BackgroundLoops loops;
    private final Duration retention;
    private final Duration interval;
    private PeriodicTask loop;

    public ProcessedEventRetention(TransactionOperations<Connection> tx, Clock clock, BackgroundLoops loops,
                                   @Value("${sep.consumer.processed-event-retention}") Duration retention,
                                   @Value("${sep.consumer.processed-event-purge-interval:1m}") Duration interval) {
        if (retention.isNegative() || retention.isZero() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("sep.consumer.processed-event-retention and "
                    + "sep.consumer.processed-event-purge-interval must be positive, not " + retention + " and " + interval);
        }
        this.tx = tx;
        this.clock = clock;
        this.loops = loops;
        this.retention = retention;
        this.interval = interval;
    }

    @PostConstruct
    void startLoop() {
        loop = loops.start("processed-event-purge", interval, interval, this::purge);
    }

    @PreDestroy
    void stopLoop() {
        if (loop != null) {
            loop.close();
        }
    }

    /** Deletes the ids processed before the retention; answers how many. */
    public int purge() {
        return tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(
                    "delete from processed_event where processed_at < ?")) {
                s.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
                return s.executeUpdate();
            }
        });
    }
}
