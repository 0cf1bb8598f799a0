package org.sanctionsplatform.support.consumer;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.support.health.FailureStreak;

/**
 * The partitions a consumer is stuck on because a record could be neither processed nor dead-lettered: such a record
 * is kept (its offset is not committed) and redelivered, and everything behind it on its partition waits. One streak
 * per consumer and partition, ended by the next record of that partition that is processed or dead-lettered. A streak
 * that has not been renewed for {@value #STALE_AFTER_MINUTES} minutes (much longer than one redelivery, which ends
 * within the producer's 30 s delivery timeout) is no longer retried here, e.g. because its partition moved to another
 * replica, and is dropped. Timed on the system clock.
 */
@Singleton
public class DeadLetterOutages {

    static final long STALE_AFTER_MINUTES = 5;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Outage> outages = new ConcurrentHashMap<>();

    /** A consumer stuck on a record of one partition: which record last, and the failure streak. */
    public record Outage(String consumer, String record, FailureStreak streak) {
    }

    /** Records a failure to dead-letter the record; returns how many times in a row its partition has failed so. */
    int failed(String consumer, ConsumerRecord<?, ?> record, Throwable reason) {
        Outage outage = outages.compute(key(consumer, record),
                (key, before) -> new Outage(consumer, where(record), before == null ? new FailureStreak() : before.streak()));
        outage.streak().failed(clock.instant(), reason);
        return outage.streak().failing().map(FailureStreak.Failing::failures).orElse(1);
    }

    void recovered(String consumer, ConsumerRecord<?, ?> record) {
        outages.remove(key(consumer, record));
    }

    /** The current outages by consumer and partition ({@code <consumer> <topic>-<partition>}), in name order. */
    public Map<String, Outage> current() {
        Instant staleBefore = clock.instant().minus(Duration.ofMinutes(STALE_AFTER_MINUTES));
        outages.values().removeIf(o -> o.streak().failing().map(f -> f.lastFailure().isBefore(staleBefore)).orElse(true));
        return new TreeMap<>(outages);
    }

    Clock clock() {
        return clock;
    }

    private static String key(String consumer, ConsumerRecord<?, ?> record) {
        return consumer + " " + record.topic() + "-" + record.partition();
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
