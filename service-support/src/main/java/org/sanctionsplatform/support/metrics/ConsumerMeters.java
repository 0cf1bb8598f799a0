package org.sanctionsplatform.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counts what became of consumed records, per consumer and topic: {@value #RECORDS} with the tag {@code outcome}
 * {@code processed} (applied and committed), {@code duplicate} (skipped: its event id was processed before) or
 * {@code dead_lettered} (sent to the topic's DLQ with its reason). Counted after the outcome is final (committed).
 */
@Singleton
public class ConsumerMeters {

    public static final String RECORDS = "sep.consumer.records";

    private final MeterRegistry registry;

    public ConsumerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void processed(String consumer, String topic, int count) {
        add(consumer, topic, "processed", count);
    }

    public void duplicates(String consumer, String topic, int count) {
        add(consumer, topic, "duplicate", count);
    }

    public void deadLettered(String consumer, String topic, int count) {
        add(consumer, topic, "dead_lettered", count);
    }

    private void add(String consumer, String topic, String outcome, int count) {
        Counter counter = Counter.builder(RECORDS)
                .description("Consumed records by what became of them")
                .tag("consumer", consumer).tag("topic", topic).tag("outcome", outcome)
                .register(registry);
        if (count > 0) {
            counter.increment(count);
        }
    }
}
