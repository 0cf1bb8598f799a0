package org.sanctionsplatform.support.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.support.persistence.TransactionWrites;
import org.sanctionsplatform.support.tracing.EventTracing;

/**
 * The transactional outbox: an outgoing event is a row written in the caller's transaction, so it commits
 * or rolls back with the service's own writes; {@link OutboxRelay} publishes it afterwards. A crash between
 * commit and publish loses nothing (the row is still pending) and consumers deduplicate the rare repeat. The row keeps
 * the W3C traceparent of the work that appended it ({@link EventTracing}), for the relay to pass on in the headers.
 */
@Singleton
public class Outbox {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final OutboxSignal signal;
    private final Clock clock;
    private final EventTracing tracing;

    public Outbox(JdbcOperations jdbc, TransactionOperations<Connection> tx, OutboxSignal signal, Clock clock,
                  EventTracing tracing) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.signal = signal;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * Appends an event to the outbox. Must run inside the caller's transaction: without one there is no
     * connection and this fails rather than publishing an event whose cause may roll back.
     */
    public <T extends SpecificRecord> void append(Topic<T> topic, String key, String eventId, T envelope) {
        byte[] payload = topic.encode(envelope);
        String traceParent = tracing.traceParentFor(envelope, key);
        jdbc.prepareStatement(INSERT,
                statement -> {
                    try {
                        statement.setString(1, eventId);
                        statement.setString(2, topic.name());
                        statement.setString(3, key);
                        statement.setBytes(4, payload);
                        statement.setTimestamp(5, Timestamp.from(clock.instant()));
                        statement.setString(6, traceParent);
                        return statement.executeUpdate();
                    } catch (SQLException e) {
                        throw new OutboxException("cannot append event " + eventId + " to the outbox: " + e.getMessage(), e);
                    }
                });
        // once the transaction commits, the relay publishes at once (not at its next polling round)
        tx.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new WakeTheRelay(signal)));
    }

    /** An event for {@link #appendAll}: the record's key, its event id and the envelope. */
    public record Pending<T extends SpecificRecord>(String key, String eventId, T envelope) {
    }

    /**
     * Appends events to the outbox in the order given, as {@link #append} does one by one, but in one JDBC batch (one
     * round trip): a consumer that applies a poll batch appends its events together. Must run inside the caller's
     * transaction.
     */
    public <T extends SpecificRecord> void appendAll(Topic<T> topic, List<Pending<T>> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement(INSERT,
                statement -> {
                    try {
                        for (Pending<T> event : events) {
                            row(topic, event, now).bind(statement);
                            statement.addBatch();
                        }
                        return statement.executeBatch();
                    } catch (SQLException e) {
                        throw new OutboxException("cannot append " + events.size() + " events to the outbox (the first "
                                + events.get(0).eventId() + "): " + e.getMessage(), e);
                    }
                });
        tx.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new WakeTheRelay(signal)));
    }

    /**
     * Appends events to the outbox in the order given, gathered with the transaction's other writes ({@link
     * TransactionWrites}: sent in one round trip with them when the caller flushes, or before the commit). The
     * payloads are encoded now: an event that cannot be encoded fails here, before anything is sent.
     */
    public <T extends SpecificRecord> void appendAll(Topic<T> topic, List<Pending<T>> events, TransactionWrites writes) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<CompositeStatement.Binder> rows = new ArrayList<>(events.size());
        for (Pending<T> event : events) {
            rows.add(row(topic, event, now));
        }
        writes.addEach(INSERT, rows);
        tx.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new WakeTheRelay(signal)));
    }

    private static final String INSERT = "insert into outbox_event (event_id, topic, record_key, payload, created_at, "
            + "trace_parent) values (?, ?, ?, ?, ?, ?)";

    /** One event's row, its payload encoded and its trace noted now. */
    private <T extends SpecificRecord> CompositeStatement.Binder row(Topic<T> topic, Pending<T> event, Timestamp now) {
        byte[] payload = topic.encode(event.envelope());
        String traceParent = tracing.traceParentFor(event.envelope(), event.key());
        return statement -> {
            statement.setString(1, event.eventId());
            statement.setString(2, topic.name());
            statement.setString(3, event.key());
            statement.setBytes(4, payload);
            statement.setTimestamp(5, now);
            statement.setString(6, traceParent);
        };
    }

    /** After the transaction commits, the rows it appended are there for the relay to publish. */
    private record WakeTheRelay(OutboxSignal signal) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            signal.committed();
        }
    }

    /** Raised when the outbox cannot be written or relayed. */
    public static final class OutboxException extends RuntimeException {
        public OutboxException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
