package org.sanctionsplatform.support.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeoutException;
import org.sanctionsplatform.support.kafka.EventProducer;
import org.sanctionsplatform.support.persistence.BulkSql;
import org.sanctionsplatform.support.persistence.CompositeStatement;
import org.sanctionsplatform.support.persistence.DatabaseKind;
import org.sanctionsplatform.support.tracing.EventTracing;
import org.sanctionsplatform.support.scheduling.BackgroundLoops;
import org.sanctionsplatform.support.scheduling.PeriodicTask;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Publishes pending outbox rows to Kafka in id order, then marks them sent, in one database transaction
 * per batch. Only the replica holding the relay lock publishes (the others skip the round), so events of a
 * case leave in the order they were committed. If Kafka fails, the batch rolls back and is retried; the
 * events may then be published twice, which consumers absorb by their event-id deduplication.
 *
 * <p>The relay loop starts with the context and stops, after its current batch, before the data source and the
 * producer are closed. A failing round is logged and retried with back-off (see {@link BackgroundLoops}); it does not
 * turn readiness DOWN, however long it fails (a Kafka outage must not take the HTTP API out of service, issue 11.4):
 * the backlog and its age are on the metrics ({@link OutboxMeters}) and the health details ({@link OutboxHealthIndicator}).
 */
@Context
public class OutboxRelay {

    static final String EVENT_ID_HEADER = "eventId";
    /** The relay's loop, as named in logs, metrics and health. */
    public static final String RELAY_LOOP = "outbox-relay";

    /**
     * The pending rows, oldest first. "order by sent_at, id" is "order by id" here (sent_at is null in every row it
     * selects), in the order of the index (sent_at, id).
     */
    static final String PENDING = "select id, event_id, topic, record_key, payload, trace_parent from outbox_event "
            + "where sent_at is null order by sent_at, id limit ?";

    /** The relay lock: only the replica holding it publishes. */
    static final String LOCK = "select id from outbox_relay_lock where id = 1 for update skip locked";

    /**
     * On PostgreSQL, bitmap scans off for the relay's transaction ({@code set_config} with {@code is_local}, as {@code
     * set local enable_bitmapscan = off}), for {@link #PENDING}.
     *
     * <p>Marking a row sent leaves its old version, and that version's entry in (sent_at, id) with a null sent_at, until
     * the table is vacuumed (autovacuum: once a fifth of the rows kept are dead). A bitmap scan follows each such entry
     * to the heap on every round, and PostgreSQL chose one here for a table it had not analysed (it expects few rows,
     * then sorts them): with 20,000 rows sent since the last vacuum, 4,079 pages and 8–15 ms per round with nothing
     * pending, every round. A plain index scan marks the entries of rows it finds dead to every transaction as dead in
     * the index, so the next rounds skip them: measured on the same table, 4,156 pages once, then 79 (0.15 ms). H2 has
     * no such setting and is left as it is.
     *
     * <p>The setting, the lock and the pending rows' query go to the server as one composite statement, in that order
     * ({@link CompositeStatement}): a round trip costs about 125 µs of CPU on the project's 2-core machine, and the relay
     * makes a round per commit that appended events. The query runs whether or not the lock was granted (a read; its
     * rows are dropped when another replica holds the lock).
     */
    static final String PLAIN_INDEX_SCAN = "select set_config('enable_bitmapscan', 'off', true)";

    private final TransactionOperations<Connection> tx;
    private final EventProducer producer;
    private final Clock clock;
    private final int batchSize;
    private final Duration retention;
    private final Duration interval;
    private final Duration initialDelay;
    private final Duration purgeInterval;
    /** When the relay next deletes sent rows older than the retention; the first idle round does. */
    private final AtomicReference<Instant> nextPurge =
            new AtomicReference<>(Instant.MIN);
    private final BackgroundLoops loops;
    private final OutboxSignal signal;
    private final OutboxMeters meters;
    private PeriodicTask loop;
    private final DatabaseKind database = new DatabaseKind();

    public OutboxRelay(TransactionOperations<Connection> tx,
                       EventProducer producer,
                       Clock clock,
                       BackgroundLoops loops,
                       OutboxSignal signal,
                       OutboxMeters meters,
                       @Value("${sep.outbox.batch-size:500}") int batchSize,
                       @Value("${sep.outbox.retention:24h}") Duration retention,
                       @Value("${sep.outbox.relay-interval:100ms}") Duration interval,
                       @Value("${sep.outbox.initial-delay:500ms}") Duration initialDelay,
                       @Value("${sep.outbox.purge-interval:1m}") Duration purgeInterval) {
        if (purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("sep.outbox.purge-interval must be positive, not " + purgeInterval);
        }
        this.tx = tx;
        this.producer = producer;
        this.clock = clock;
        this.batchSize = batchSize;
        this.retention = retention;
        this.interval = interval;
        this.initialDelay = initialDelay;
        this.purgeInterval = purgeInterval;
        this.loops = loops;
        this.signal = signal;
        this.meters = meters;
    }

    @PostConstruct
    void startLoop() {
        // reported, never a reason for NotReady: while Kafka is down the service keeps taking writes into its outbox
        loop = loops.startReportedOnly(RELAY_LOOP, initialDelay, interval, this::relayRound);
        // rows committed in this replica leave at once; the interval bounds the wait for other replicas' rows
        signal.listen(loop::wakeUp);
    }

    @PreDestroy
    void stopLoop() {
        if (loop != null) {
            loop.close();
        }
    }

    /** Publishes batches until one is not full. */
    void relayRound() {
        while (relayBatch() == batchSize) {
            // a full batch: more may be waiting
        }
    }

    /** Publishes one batch; returns how many events were published (0 when another replica holds the lock). */
    public int relayBatch() {
        List<Pending> published = tx.executeWrite(status -> {
            Connection connection = status.getConnection();
            List<Pending> pending = lockAndReadPending(connection);
            if (pending == null) {
                return List.<Pending>of();
            }
            if (pending.isEmpty()) {
                if (purgeDue()) {
                    purgeSent(connection);
                }
                return List.<Pending>of();
            }
            publish(pending);
            markSent(connection, pending);
            return pending;
        });
        // counted once committed (marked sent)
        published.stream().collect(java.util.stream.Collectors.groupingBy(Pending::topic, java.util.stream.Collectors.counting()))
                .forEach(meters::published);
        return published.size();
    }

    /** The pending rows, oldest first, if this replica holds the relay lock; null if another one does. */
    private List<Pending> lockAndReadPending(Connection connection) throws SQLException {
        boolean postgres = database.isPostgres(connection);
        boolean[] locked = new boolean[1];
        List<Pending> rows = new ArrayList<>();
        CompositeStatement round = new CompositeStatement();
        if (postgres) {
            round.addQuery(PLAIN_INDEX_SCAN, statement -> { }, result -> { });
        }
        round.addQuery(LOCK, statement -> { }, result -> locked[0] = result.next());
        round.addQuery(PENDING, statement -> statement.setInt(1, batchSize), result -> {
            while (result.next()) {
                rows.add(new Pending(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getBytes(5), result.getString(6)));
            }
        });
        round.execute(connection, postgres);
        return locked[0] ? rows : null;
    }

    private void publish(List<Pending> pending) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(p.topic(), p.key(), p.payload());
            record.headers().add(new RecordHeader(EVENT_ID_HEADER, p.eventId().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (p.traceParent() != null) {
                // the trace of the work that appended the event, continued by its consumers (EventTracing)
                record.headers().add(new RecordHeader(EventTracing.TRACEPARENT,
                        p.traceParent().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            sent.add(producer.send(record));
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Outbox.OutboxException("interrupted while publishing event " + pending.get(i).eventId(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new Outbox.OutboxException("cannot publish event " + pending.get(i).eventId() + " to "
                        + pending.get(i).topic() + ": " + e.getMessage(), e);
            }
        }
    }

    private static final int MARK_CHUNK = 1024;

    /**
     * One statement for a batch's rows (an update per row was 13 of the platform's statements per whole case in the load
     * harness), in chunks of at most {@value #MARK_CHUNK} ids. The id list is padded to a power of two with its last id,
     * so that at most a dozen distinct statements are ever prepared, whatever the batches' sizes.
     */
    private void markSent(Connection connection, List<Pending> pending) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < pending.size(); from += MARK_CHUNK) {
            List<Pending> chunk = pending.subList(from, Math.min(pending.size(), from + MARK_CHUNK));
            int placeholders = BulkSql.paddedSize(chunk.size());
            try (PreparedStatement s = connection.prepareStatement("update outbox_event set sent_at = ? where id in ("
                    + String.join(", ", Collections.nCopies(placeholders, "?")) + ")")) {
                s.setTimestamp(1, now);
                for (int i = 0; i < placeholders; i++) {
                    s.setLong(2 + i, chunk.get(Math.min(i, chunk.size() - 1)).id());
                }
                s.executeUpdate();
            }
        }
    }

    /**
     * At most one purge per {@code sep.outbox.purge-interval} (1 minute): the relay goes idle after every commit it is
     * woken by, and the delete reads the whole table when PostgreSQL's estimate of the rows past the retention is stale
     * (a sequential scan: 1,645 of them at 0.6–1.2 ms each over 7,000 rows in one 70 s load run of the four services,
     * and growing with the 24 h of rows kept).
     */
    private boolean purgeDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        return !now.isBefore(due) && nextPurge.compareAndSet(due, now.plus(purgeInterval));
    }

    private void purgeSent(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("delete from outbox_event where sent_at < ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
            s.executeUpdate();
        }
    }

    private record Pending(long id, String eventId, String topic, String key, byte[] payload, String traceParent) {
    }
}
