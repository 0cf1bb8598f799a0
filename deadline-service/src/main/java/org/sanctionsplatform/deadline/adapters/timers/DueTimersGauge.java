package org.sanctionsplatform.deadline.adapters.timers;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/**
 * {@value #DUE}: the timers that have fallen due and are still PENDING (the sweep's backlog), counted with one
 * indexed query whenever the registry is scraped. It stays near 0 while the sweep keeps up; a rising value means the
 * sweep is failing or too slow (the lateness distribution {@code sep.timers.lateness} tells by how much). Due is
 * judged on the service's Clock, as the sweep judges it. An unanswering database makes it NaN, not a failed scrape.
 */
@Context
public class DueTimersGauge {

    static final String DUE = "sep.timers.due";

    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    DueTimersGauge(TransactionOperations<Connection> tx, Clock clock, MeterRegistry registry) {
        this.tx = tx;
        this.clock = clock;
        Gauge.builder(DUE, this, DueTimersGauge::due)
                .description("Deadline timers due and not fired yet").register(registry);
    }

    private double due() {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(
                    "select count(*) from deadline_timer where state = 'PENDING' and fire_at <= ?")) {
                s.setObject(1, JdbcDeadlineTimers.utc(clock.instant()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return (double) rs.getLong(1);
                }
            }
        });
    }
}
