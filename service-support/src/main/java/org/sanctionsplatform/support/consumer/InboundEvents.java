package org.sanctionsplatform.support.consumer;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.sanctionsplatform.schemas.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one consumed record exactly once in effect: decode it (undecodable → dead letter), skip it if its
 * event id was already processed by this consumer, otherwise run the handler and record the event id in one
 * database transaction, so the handler's writes and outbox events commit together with the deduplication key.
 * The caller commits the Kafka offset only after this returns. A failing handler is retried, then dead-lettered.
 */
@Singleton
public class InboundEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);

    private final TransactionOperations<Connection> tx;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final int maxAttempts;
    private final long backoffMillis;

    public InboundEvents(TransactionOperations<Connection> tx, DeadLetters deadLetters, Clock clock,
                         @Value("${sep.consumer.max-attempts:3}") int maxAttempts,
                         @Value("${sep.consumer.backoff-millis:200}") long backoffMillis) {
        this.tx = tx;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoffMillis = backoffMillis;
    }

    /** What became of a record. */
    public enum Outcome { PROCESSED, DUPLICATE, DEAD_LETTERED }

    public <T extends SpecificRecordBase> Outcome process(String consumer, Topic<T> topic,
                                                          ConsumerRecord<String, byte[]> record, Consumer<T> handler) {
        T event;
        String eventId;
        try {
            event = topic.decode(record.value());
            eventId = String.valueOf(event.get("eventId"));
        } catch (SerializationException e) {
            deadLetters.send(consumer, record, e);
            return Outcome.DEAD_LETTERED;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean processed = tx.executeWrite(status -> {
                    Connection connection = status.getConnection();
                    if (alreadyProcessed(connection, consumer, eventId)) {
                        return false;
                    }
                    handler.accept(event);
                    markProcessed(connection, consumer, eventId);
                    return true;
                });
                return processed ? Outcome.PROCESSED : Outcome.DUPLICATE;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    deadLetters.send(consumer, record, rootCause(e));
                    return Outcome.DEAD_LETTERED;
                }
                LOG.info("{}: event {} failed (attempt {} of {}): {}", consumer, eventId, attempt, maxAttempts, e.getMessage());
                sleep(backoffMillis * attempt);
            }
        }
    }

    private static boolean alreadyProcessed(Connection connection, String consumer, String eventId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select 1 from processed_event where consumer = ? and event_id = ?")) {
            s.setString(1, consumer);
            s.setString(2, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void markProcessed(Connection connection, String consumer, String eventId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)")) {
            s.setString(1, consumer);
            s.setString(2, eventId);
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e : t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
