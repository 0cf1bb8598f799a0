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
import org.sanctionsplatform.schemas.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one consumed record exactly once in effect: decode it (a record larger than
 * {@code sep.consumer.max-record-bytes}, or one that cannot be decoded → dead letter), skip it if its event id was
 * already processed by this consumer, otherwise run the handler and record the event id in one database transaction,
 * so the handler's writes and outbox events commit together with the deduplication key. The caller commits the Kafka
 * offset only after this returns.
 *
 * <p>Error strategy: whatever the handler throws (an exception, an Error such as a StackOverflowError, or a checked
 * exception rethrown unchecked) rolls its transaction back and is logged with its stack trace; the record is tried
 * {@code sep.consumer.max-attempts} times, then dead-lettered with its reason, and the consumer moves on. Nothing
 * thrown here can end the consumer's thread. Only when the dead-letter topic cannot take the record is it kept: this
 * throws (an exception, never an Error) after a short pause, its offset is not committed and it is read again
 * ({@link KeptRecordsRedelivery}); that is logged, and reported on readiness by {@link KafkaConsumersHealthIndicator}
 * if it lasts.
 */
@Singleton
public class InboundEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);
    private static final long MAX_KEPT_PAUSE_SECONDS = 10;

    private final TransactionOperations<Connection> tx;
    private final DeadLetters deadLetters;
    private final DeadLetterOutages outages;
    private final Clock clock;
    private final int maxAttempts;
    private final long backoffMillis;
    private final int maxRecordBytes;

    public InboundEvents(TransactionOperations<Connection> tx, DeadLetters deadLetters, DeadLetterOutages outages, Clock clock,
                         @Value("${sep.consumer.max-attempts:3}") int maxAttempts,
                         @Value("${sep.consumer.backoff-millis:200}") long backoffMillis,
                         @Value("${sep.consumer.max-record-bytes:1048576}") int maxRecordBytes) {
        this.tx = tx;
        this.deadLetters = deadLetters;
        this.outages = outages;
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoffMillis = backoffMillis;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** What became of a record. */
    public enum Outcome { PROCESSED, DUPLICATE, DEAD_LETTERED }

    /** A record that is neither processed nor dead-lettered (yet): it stays uncommitted and is read again. */
    public static final class RecordKeptException extends RuntimeException {
        RecordKeptException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public <T extends SpecificRecordBase> Outcome process(String consumer, Topic<T> topic,
                                                          ConsumerRecord<String, byte[]> record, Consumer<T> handler) {
        T event;
        String eventId;
        try {
            event = topic.decode(record.value(), maxRecordBytes);
            eventId = String.valueOf(event.get("eventId"));
        } catch (Throwable undecodable) { // the serde raises SerializationException; anything else is still this record's fault
            LOG.warn("{}: record {} cannot be decoded", consumer, where(record), undecodable);
            return deadLetter(consumer, record, undecodable);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = handleOnce(consumer, eventId, event, handler);
                outages.recovered(consumer, record);
                return outcome;
            } catch (Throwable failure) { // everything: an Error or a sneaky checked exception is retried and dead-lettered too
                if (attempt >= maxAttempts) {
                    LOG.warn("{}: event {} ({}) failed {} times; dead-lettering it", consumer, eventId, where(record),
                            attempt, failure);
                    return deadLetter(consumer, record, rootCause(failure));
                }
                LOG.warn("{}: event {} ({}) failed (attempt {} of {}); trying again", consumer, eventId, where(record),
                        attempt, maxAttempts, failure);
                pauseBeforeTrying(record, backoffMillis * attempt);
            }
        }
    }

    /** Runs the handler and records the event id in one transaction, which any throwable rolls back. */
    private <T extends SpecificRecordBase> Outcome handleOnce(String consumer, String eventId, T event, Consumer<T> handler) {
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
    }

    private Outcome deadLetter(String consumer, ConsumerRecord<String, byte[]> record, Throwable reason) {
        try {
            deadLetters.send(consumer, record, reason);
        } catch (Throwable dlqFailure) { // whatever it was, keep the record: throw an exception the consumer survives
            int failures = outages.failed(consumer, record, dlqFailure);
            LOG.error("{}: record {} could not be dead-lettered ({} times in a row); it is kept (offset not committed) "
                    + "and read again", consumer, where(record), failures, dlqFailure);
            pauseBeforeReadingAgain(failures);
            throw new RecordKeptException(consumer + ": record " + where(record) + " could not be dead-lettered", dlqFailure);
        }
        outages.recovered(consumer, record);
        return Outcome.DEAD_LETTERED;
    }

    /**
     * One second more for each failure in a row, at most {@value #MAX_KEPT_PAUSE_SECONDS} s: a dead-letter topic that
     * refuses at once must not turn the consumer into a busy loop, and the pause stays short of Kafka's
     * max.poll.interval.ms and of a graceful shutdown's patience.
     */
    private static void pauseBeforeReadingAgain(int failuresInARow) {
        try {
            Thread.sleep(Math.min(MAX_KEPT_PAUSE_SECONDS, Math.max(1, failuresInARow)) * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
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

    /** The deepest cause that has a message (the reason a reader can act on), else the failure itself. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 20; depth++) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e : t;
    }

    /** Interrupted (the consumer is being stopped), the record is neither processed nor dead-lettered: it is kept. */
    private static void pauseBeforeTrying(ConsumerRecord<?, ?> record, long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordKeptException("interrupted before trying record " + where(record) + " again", e);
        }
    }
}
