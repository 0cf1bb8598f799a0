package org.sanctionsplatform.support.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many outbox events wait to be published (rows not yet sent), for admission control: a service that refuses new
 * writes while its backlog is too long keeps the backlog, and the time its events wait, bounded. Counting is one indexed
 * query, taken at most once per {@code sep.outbox.backlog-cache} (default 100 ms): callers in between get the last
 * count, and while one caller counts the others do not wait for it.
 */
@Singleton
public class OutboxBacklog {

    private final TransactionOperations<Connection> tx;
    private final long maxAgeNanos;
    private final ReentrantLock counting = new ReentrantLock();
    private volatile Count last;

    public OutboxBacklog(TransactionOperations<Connection> tx, @Value("${sep.outbox.backlog-cache:100ms}") Duration maxAge) {
        this.tx = tx;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The pending events, counted at most {@code sep.outbox.backlog-cache} ago. */
    public long pending() {
        Count known = last;
        long now = System.nanoTime();
        if (known != null && now - known.takenAt() < maxAgeNanos) {
            return known.pending();
        }
        // one caller counts; the others answer with the last count rather than queue for a connection
        if (known != null && !counting.tryLock()) {
            return known.pending();
        }
        if (known == null) {
            counting.lock();
        }
        try {
            Count current = last;
            if (current != null && System.nanoTime() - current.takenAt() < maxAgeNanos) {
                return current.pending();
            }
            long pending = tx.executeRead(status -> count(status.getConnection()));
            last = new Count(pending, System.nanoTime());
            return pending;
        } finally {
            counting.unlock();
        }
    }

    private static long count(Connection connection) throws java.sql.SQLException {
        try (PreparedStatement s = connection.prepareStatement("select count(*) from outbox_event where sent_at is null");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Count(long pending, long takenAt) {
    }
}
