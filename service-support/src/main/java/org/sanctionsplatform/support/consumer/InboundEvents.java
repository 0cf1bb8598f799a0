package org.sanctionsplatform.support.consumer;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.support.metrics.ConsumerMeters;
import org.sanctionsplatform.support.persistence.DatabaseKind;
import org.sanctionsplatform.support.tracing.EventTracing;
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
    /** Records an event id as processed; counts 0 when the consumer already had it (the primary key). */
    static final String CLAIM = "insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?) "
            + "on conflict do nothing";

    /**
     * PostgreSQL: a batch's event ids in one statement (the per-row JDBC batch below was one statement per event, 27
     * of the platform's statements per whole case in the load harness); the ids it answers are those not recorded
     * before, whatever the driver does with batches (BatchedInserts). H2 (the embedded default) has no
     * {@code returning}, so it keeps the per-row batch and its counts.
     */
    static final String CLAIM_ALL = "insert into processed_event (consumer, event_id, processed_at) "
            + "select ?, e, ? from unnest(cast(? as text[])) as e on conflict do nothing returning event_id";

    /**
     * PostgreSQL: a batch's event ids as a plain insert, tried first. Almost every batch is new events only, and a plain
     * insert checks each key once, in the same descent of the primary key's index that inserts it; {@code on conflict}
     * looks each key up first and then inserts it (measured in psql: 100,000 new ids in batches of 100 into a table of
     * 200,000, 604 ms plain against 990 ms with {@code on conflict}; the claims were the largest single statement of a
     * replay and at 120 cases/s, 14 % of the services' statement time). An id recorded before makes it fail (unique
     * violation): the batch's transaction, in which it is the first statement, is then rolled back and the batch is
     * claimed again with {@link #CLAIM_ALL}, as are the consumer's next {@value #CLAIM_ALL_AFTER_REPEAT} batches
     * (repeats come in runs: a redelivery after a crash or a rebalance, a relay sending a batch again).
     */
    static final String CLAIM_NEW = "insert into processed_event (consumer, event_id, processed_at) "
            + "select ?, e, ? from unnest(cast(? as text[])) as e";
    static final int CLAIM_ALL_AFTER_REPEAT = 16;
    private static final String UNIQUE_VIOLATION = "23505";
    /** Per consumer: how many of its next batches are claimed with {@link #CLAIM_ALL} (after a repeat was met). */
    private final Map<String, AtomicInteger> claimAllBatches = new ConcurrentHashMap<>();

    private final TransactionOperations<Connection> tx;
    private final DeadLetters deadLetters;
    private final DeadLetterOutages outages;
    private final Clock clock;
    private final int maxAttempts;
    private final long backoffMillis;
    private final int maxRecordBytes;
    private final ConsumerMeters meters;
    private final EventTracing tracing;
    /** Whether the service's database is PostgreSQL: asked of the first connection (a service has one database). */
    private final DatabaseKind database = new DatabaseKind();

    public InboundEvents(TransactionOperations<Connection> tx, DeadLetters deadLetters, DeadLetterOutages outages, Clock clock,
                         ConsumerMeters meters, EventTracing tracing,
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
        this.meters = meters;
        this.tracing = tracing;
    }

    /** What became of a record. */
    public enum Outcome { PROCESSED, DUPLICATE, DEAD_LETTERED }

    /**
     * Applies the fresh events of a poll batch, in the order they were consumed, inside the batch's one transaction
     * (together with their deduplication keys). It may group them by case, but must apply each case's events in order.
     */
    @FunctionalInterface
    public interface BatchHandler<T> {
        void apply(List<T> events);
    }

    /** What became of a poll batch: how many records were processed, duplicates, dead-lettered, and kept to read again. */
    public record BatchOutcome(int processed, int duplicates, int deadLettered, int kept, boolean oneByOne) {
    }

    /** A record that is neither processed nor dead-lettered (yet): it stays uncommitted and is read again. */
    public static final class RecordKeptException extends RuntimeException {
        RecordKeptException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public <T extends SpecificRecordBase> Outcome process(String consumer, Topic<T> topic,
                                                          ConsumerRecord<String, byte[]> record, Consumer<T> handler) {
        Outcome outcome = processOne(consumer, topic, record, handler);
        switch (outcome) {
            case PROCESSED -> meters.processed(consumer, topic.name(), 1);
            case DUPLICATE -> meters.duplicates(consumer, topic.name(), 1);
            case DEAD_LETTERED -> meters.deadLettered(consumer, topic.name(), 1);
        }
        return outcome;
    }

    private <T extends SpecificRecordBase> Outcome processOne(String consumer, Topic<T> topic,
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
                String id = eventId;
                Outcome outcome = tracing.consuming(consumer, List.of(new EventTracing.Incoming(record, id)),
                        () -> handleOnce(consumer, id, event, handler));
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

    /**
     * Processes a poll batch exactly once in effect, in one database transaction: the records that cannot be decoded go
     * to the dead-letter topic first; the others' event ids are recorded as processed in bulk, and those already
     * recorded by this consumer before (or that repeat an earlier one of the batch) are skipped: the rest are applied by
     * {@code handler} in the order consumed, in the same transaction. Then the offsets after the batch are committed on {@code kafka}, the listener's own
     * consumer ({@code OffsetStrategy.DISABLED}: nothing is committed before the transaction).
     *
     * <p>If the transaction fails for any reason, nothing of it stays, and the batch is processed again record by record
     * ({@link #process}, with its retries and dead letters), so one bad event costs its own retries and dead letter,
     * never the batch. A record that can be neither processed nor dead-lettered stops the batch there: the records
     * before it are committed, and every partition is sought back to its first record not processed, to be read again.
     */
    public <T extends SpecificRecordBase> BatchOutcome processBatch(String consumer, Topic<T> topic,
                                                                    List<ConsumerRecord<String, byte[]>> records,
                                                                    org.apache.kafka.clients.consumer.Consumer<?, ?> kafka,
                                                                    BatchHandler<T> handler) {
        @SuppressWarnings("unchecked") // every event given to the handler was decoded by this topic's serde, as a T
        BatchHandler<SpecificRecordBase> anyEvent = events -> handler.apply((List<T>) (List<?>) events);
        return processBatch(consumer, List.of(topic), records, kafka, anyEvent);
    }

    /**
     * Processes a poll batch of a consumer subscribed to several topics exactly as {@link #processBatch(String, Topic,
     * List, org.apache.kafka.clients.consumer.Consumer, BatchHandler) one topic's}, in one transaction: each record is
     * decoded by its own topic's serde (a record of a topic not in {@code topics} is dead-lettered as undecodable), the
     * fresh events of every topic are handed to {@code handler} together, in the order consumed (each partition's in
     * its order; across topics the order of the poll, which is one of the orders in which consumers of each topic could
     * have applied them), and the offsets of every partition of the batch are committed after the transaction.
     *
     * <p>A service that keeps one lock per case across topics reads them with one consumer this way: its transactions
     * then never wait on each other's case locks, as consumers of each topic applying the same cases at the same time
     * do (issue "Pipeline speed": the publication service's).
     */
    public BatchOutcome processBatch(String consumer, List<? extends Topic<? extends SpecificRecordBase>> topics,
                                     List<ConsumerRecord<String, byte[]>> records,
                                     org.apache.kafka.clients.consumer.Consumer<?, ?> kafka,
                                     BatchHandler<SpecificRecordBase> handler) {
        if (records.isEmpty()) {
            return new BatchOutcome(0, 0, 0, 0, false);
        }
        Map<String, Topic<? extends SpecificRecordBase>> byName = new HashMap<>();
        topics.forEach(t -> byName.put(t.name(), t));
        Outcome[] outcomes = new Outcome[records.size()]; // null: kept, to be read again
        List<Integer> decodedAt = new ArrayList<>(records.size());
        List<SpecificRecordBase> decoded = new ArrayList<>(records.size());
        int done = 0; // records[0..done) are handled (or about to be, in the transaction below)
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    decoded.add(decode(byName, record));
                    decodedAt.add(done);
                } catch (Throwable undecodable) { // the serde raises SerializationException; anything else too
                    LOG.warn("{}: record {} cannot be decoded", consumer, where(record), undecodable);
                    outcomes[done] = deadLetter(consumer, record, undecodable);
                }
                done++;
            }
        } catch (RecordKeptException kept) {
            // records[done] could not be dead-lettered: apply what came before it, then read the rest again
        }
        boolean oneByOne = applyDecoded(consumer, byName, records, decodedAt, decoded, handler, outcomes);
        int handledUpTo = done;
        for (int i = 0; i < done; i++) {
            if (outcomes[i] == null) { // kept in the one-by-one pass: it and everything after it are read again
                handledUpTo = i;
                break;
            }
        }
        return counted(consumer, records, outcomes, handledUpTo, oneByOne, finish(consumer, records, handledUpTo, kafka));
    }

    private SpecificRecordBase decode(Map<String, Topic<? extends SpecificRecordBase>> topics,
                                      ConsumerRecord<String, byte[]> record) {
        Topic<? extends SpecificRecordBase> topic = topics.get(record.topic());
        if (topic == null) {
            throw new IllegalStateException("the consumer reads no topic named " + record.topic());
        }
        return topic.decode(record.value(), maxRecordBytes);
    }

    /** The batch's outcome, counted on the meters by topic. */
    private BatchOutcome counted(String consumer, List<ConsumerRecord<String, byte[]>> records, Outcome[] outcomes,
                                 int handledUpTo, boolean oneByOne, int kept) {
        Map<String, int[]> byTopic = new HashMap<>(); // processed, duplicates, dead-lettered
        int[] all = new int[3];
        for (int i = 0; i < handledUpTo; i++) {
            int[] counts = byTopic.computeIfAbsent(records.get(i).topic(), t -> new int[3]);
            int which = outcomes[i].ordinal();
            counts[which]++;
            all[which]++;
        }
        byTopic.forEach((topic, counts) -> {
            meters.processed(consumer, topic, counts[Outcome.PROCESSED.ordinal()]);
            meters.duplicates(consumer, topic, counts[Outcome.DUPLICATE.ordinal()]);
            meters.deadLettered(consumer, topic, counts[Outcome.DEAD_LETTERED.ordinal()]);
        });
        return new BatchOutcome(all[Outcome.PROCESSED.ordinal()], all[Outcome.DUPLICATE.ordinal()],
                all[Outcome.DEAD_LETTERED.ordinal()], kept, oneByOne);
    }

    /**
     * The decoded records applied in one transaction, or one by one if that fails; each one's outcome is set in
     * {@code outcomes} (left null for a record kept to be read again, and for every one after it). Answers whether the
     * batch was applied one by one.
     */
    private boolean applyDecoded(String consumer, Map<String, Topic<? extends SpecificRecordBase>> topics,
                                 List<ConsumerRecord<String, byte[]>> records, List<Integer> decodedAt,
                                 List<SpecificRecordBase> events, BatchHandler<SpecificRecordBase> handler,
                                 Outcome[] outcomes) {
        if (events.isEmpty()) {
            return false;
        }
        List<EventTracing.Incoming> incoming = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            incoming.add(new EventTracing.Incoming(records.get(decodedAt.get(i)), String.valueOf(events.get(i).get("eventId"))));
        }
        try {
            boolean[] fresh = tracing.consuming(consumer, incoming, () -> claimAndApply(consumer, events, handler));
            for (int i = 0; i < events.size(); i++) {
                outcomes[decodedAt.get(i)] = fresh[i] ? Outcome.PROCESSED : Outcome.DUPLICATE;
                outages.recovered(consumer, records.get(decodedAt.get(i)));
            }
            return false;
        } catch (Throwable failure) { // anything: the transaction is rolled back; find the bad event one record at a time
            LOG.warn("{}: a batch of {} records failed as a whole; processing it record by record", consumer,
                    events.size(), failure);
        }
        for (int i = 0; i < events.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(decodedAt.get(i));
            try {
                outcomes[decodedAt.get(i)] = processOne(consumer, topics.get(record.topic()), record,
                        e -> handler.apply(List.<SpecificRecordBase>of(e)));
            } catch (RecordKeptException kept) {
                return true;
            }
        }
        return true;
    }

    /**
     * The batch's transaction: its event ids claimed, then its fresh events applied. Tried first with the ids claimed
     * as new ({@link #CLAIM_NEW}, PostgreSQL); if one was recorded before, that transaction is rolled back and the batch
     * is claimed again, skipping what was recorded ({@link #CLAIM_ALL}). Answers which events were fresh.
     */
    private boolean[] claimAndApply(String consumer, List<SpecificRecordBase> events,
                                    BatchHandler<SpecificRecordBase> handler) {
        AtomicInteger claimAll = claimAllBatches.computeIfAbsent(consumer, c -> new AtomicInteger());
        boolean asNew = claimAll.getAndUpdate(n -> Math.max(0, n - 1)) == 0;
        if (asNew) {
            try {
                return tx.executeWrite(status -> claimAndApply(status.getConnection(), consumer, events, handler, true));
            } catch (RuntimeException e) {
                if (!causedBy(e, RepeatedEvent.class)) {
                    throw e;
                }
                LOG.debug("{}: a batch of {} events holds one processed before; claiming it again, skipping those", consumer,
                        events.size());
                claimAll.set(CLAIM_ALL_AFTER_REPEAT);
            }
        }
        return tx.executeWrite(status -> claimAndApply(status.getConnection(), consumer, events, handler, false));
    }

    private boolean[] claimAndApply(Connection connection, String consumer, List<SpecificRecordBase> events,
                                    BatchHandler<SpecificRecordBase> handler, boolean asNew) throws SQLException {
        Set<String> claimed = claim(connection, consumer, events, asNew);
        boolean[] isFresh = new boolean[events.size()];
        List<SpecificRecordBase> toApply = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (claimed.remove(String.valueOf(events.get(i).get("eventId")))) { // the first of the batch with the id
                isFresh[i] = true;
                toApply.add(events.get(i));
            }
        }
        if (!toApply.isEmpty()) {
            handler.apply(toApply);
        }
        return isFresh;
    }

    /** A batch claimed as new holds an event id recorded before: its transaction is rolled back, and it is claimed again. */
    private static final class RepeatedEvent extends RuntimeException {
        RepeatedEvent(SQLException cause) {
            super("an event id of the batch was processed before", cause, false, false);
        }
    }

    /** Whether {@code e} or one of its causes (the transaction template may wrap it) is a {@code type}. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (type.isInstance(t)) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /**
     * Commits what was handled and seeks back what was not: every record before {@code handledUpTo} (the first one
     * kept, in the batch's order), and, when one was kept, every partition back to its first record from there on.
     * Answers how many records are read again.
     */
    private int finish(String consumer, List<ConsumerRecord<String, byte[]>> records, int handledUpTo,
                       org.apache.kafka.clients.consumer.Consumer<?, ?> kafka) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        Map<TopicPartition, Long> readAgain = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> r = records.get(i);
            TopicPartition partition = new TopicPartition(r.topic(), r.partition());
            if (i < handledUpTo && !readAgain.containsKey(partition)) {
                commit.put(partition, new OffsetAndMetadata(r.offset() + 1));
            } else {
                readAgain.merge(partition, r.offset(), Math::min);
            }
        }
        if (!commit.isEmpty()) {
            try {
                kafka.commitSync(commit);
            } catch (WakeupException stopping) {
                // The framework wakes the consumer up to stop it (micronaut-kafka's close). The wake-up surfaced here,
                // in our commit, instead of in its poll: re-arm it, so that its next poll throws and its loop ends.
                // Swallowed, it would leave the loop polling and the context's close spinning for good (micronaut-kafka
                // issue 995). The events are committed in the database: read again, they are skipped by their ids.
                LOG.info("{}: stopping while committing a processed batch; its offsets are left to the next reader", consumer);
                kafka.wakeup();
            } catch (RuntimeException e) {
                // e.g. a rebalance took the partitions: whoever reads them next skips the events by their ids
                LOG.warn("{}: committing the offsets of a processed batch failed; its events will be read again and "
                        + "skipped as duplicates", consumer, e);
            }
        }
        readAgain.forEach((partition, offset) -> kafka.seek(partition, offset));
        return records.size() - handledUpTo;
    }

    /**
     * Records the batch's event ids as processed by this consumer ({@code insert … on conflict do nothing}: on
     * PostgreSQL one statement for the batch, {@link #CLAIM_ALL}; on H2 one JDBC batch of {@link #CLAIM}) and answers
     * those that were not recorded before: the events to apply. {@code asNew} on PostgreSQL: a plain insert,
     * {@link #CLAIM_NEW}, answering every id, or failing with {@link RepeatedEvent} if one was recorded before. In the
     * batch's transaction: if anything of the batch fails, the ids go with it. A replica that reads the same event at the same
     * moment (a rebalance) waits on the key until this transaction ends, and then finds it recorded.
     */
    private <T extends SpecificRecordBase> Set<String> claim(Connection connection, String consumer, List<T> events,
                                                             boolean asNew) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(String.valueOf(e.get("eventId"))));
        Timestamp now = Timestamp.from(clock.instant());
        List<String> ordered = new ArrayList<>(ids);
        if (asNew && database.isPostgres(connection)) {
            try (PreparedStatement s = connection.prepareStatement(CLAIM_NEW)) {
                s.setString(1, consumer);
                s.setTimestamp(2, now);
                s.setArray(3, connection.createArrayOf("text", ordered.toArray()));
                s.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new RepeatedEvent(e);
                }
                throw e;
            }
            return ids;
        }
        if (database.isPostgres(connection)) {
            // one statement for the whole batch, whatever its size, answering the ids it inserted
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement s = connection.prepareStatement(CLAIM_ALL)) {
                s.setString(1, consumer);
                s.setTimestamp(2, now);
                s.setArray(3, connection.createArrayOf("text", ordered.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1));
                    }
                }
            }
            Set<String> inOrder = new LinkedHashSet<>(ordered);
            inOrder.retainAll(fresh);
            return inOrder;
        }
        int[] inserted;
        try (PreparedStatement s = connection.prepareStatement(CLAIM)) {
            for (String eventId : ordered) {
                s.setString(1, consumer);
                s.setString(2, eventId);
                s.setTimestamp(3, now);
                s.addBatch();
            }
            inserted = s.executeBatch();
        }
        Set<String> fresh = new LinkedHashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (inserted[i] == Statement.SUCCESS_NO_INFO) { // a driver that rewrites batches cannot tell: refuse to guess
                throw new IllegalStateException("the JDBC driver did not count the processed_event rows inserted "
                        + "(reWriteBatchedInserts?): the consumer cannot tell new events from duplicates");
            }
            if (inserted[i] > 0) {
                fresh.add(ordered.get(i));
            }
        }
        return fresh;
    }

    /** Runs the handler and records the event id in one transaction, which any throwable rolls back. */
    private <T extends SpecificRecordBase> Outcome handleOnce(String consumer, String eventId, T event, Consumer<T> handler) {
        boolean processed = tx.executeWrite(status -> {
            if (!claimOne(status.getConnection(), consumer, eventId)) {
                return false;
            }
            handler.accept(event);
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

    /** Records the event id as processed by this consumer; false if it already was (a duplicate). */
    private boolean claimOne(Connection connection, String consumer, String eventId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(CLAIM)) {
            s.setString(1, consumer);
            s.setString(2, eventId);
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            return s.executeUpdate() > 0;
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
