package org.sanctionsplatform.support.consumer;

import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readiness (and the aggregate health) is DOWN while any {@code @KafkaListener} consumer has stopped, because nothing
 * of its topics is processed any more, or while a consumer has been stuck for longer than
 * {@code sep.loops.unhealthy-after} on a record it can neither process nor dead-letter. The answer lists each
 * listener's consumer (RUNNING or STOPPED, with its topics) and each stuck partition with its last error message.
 *
 * <p>micronaut-kafka 5.9 keeps every listener's consumer in its {@link ConsumerRegistry} but tells nothing of its poll
 * thread: a thread ended by an Error leaves no trace there. The consumer itself does: its poll loop closes it on the
 * way out, and closing a Kafka consumer removes its {@code last-poll-seconds-ago} metric (KIP-517), which it has from
 * the moment it is built. Reading metrics is safe from any thread (the consumer's other methods are not).
 */
@Singleton
@Readiness
@Requires(beans = ConsumerRegistry.class)
public class KafkaConsumersHealthIndicator implements HealthIndicator {

    static final String NAME = "kafkaConsumers";
    static final String POLL_METRIC = "last-poll-seconds-ago";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaConsumersHealthIndicator.class);

    private final ConsumerRegistry consumers;
    private final DeadLetterOutages outages;
    private final Duration unhealthyAfter;
    private final Set<String> reportedStopped = ConcurrentHashMap.newKeySet();

    public KafkaConsumersHealthIndicator(ConsumerRegistry consumers, DeadLetterOutages outages,
                                         @Value("${sep.loops.unhealthy-after:60s}") Duration unhealthyAfter) {
        this.consumers = consumers;
        this.outages = outages;
        this.unhealthyAfter = unhealthyAfter;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean down = false;
        Map<String, Object> listeners = new LinkedHashMap<>();
        for (String id : new TreeSet<>(consumers.getConsumerIds())) {
            boolean running = isOpen(consumers.getConsumer(id));
            List<String> topics = List.copyOf(new TreeSet<>(consumers.getConsumerSubscription(id)));
            listeners.put(id, Map.of("state", running ? "RUNNING" : "STOPPED", "topics", topics));
            down |= !running;
            logOnceWhenStopped(id, running, topics);
        }
        Map<String, Object> deadLettering = new LinkedHashMap<>();
        Instant now = outages.clock().instant();
        for (Map.Entry<String, DeadLetterOutages.Outage> stuck : outages.current().entrySet()) {
            stuck.getValue().streak().failing().ifPresent(f -> deadLettering.put(stuck.getKey(), Map.of(
                    "state", "CANNOT_DEAD_LETTER",
                    "record", stuck.getValue().record(),
                    "failingSince", f.since().toString(),
                    "failedTries", f.failures(),
                    "lastError", f.reason())));
            down |= stuck.getValue().streak().failing().map(f -> f.longerThan(unhealthyAfter, now)).orElse(false);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("listeners", listeners);
        if (!deadLettering.isEmpty()) {
            details.put("deadLettering", deadLettering);
        }
        return Publishers.just(HealthResult.builder(NAME, down ? HealthStatus.DOWN : HealthStatus.UP).details(details).build());
    }

    /** Whether the consumer is still open: a closed one has lost its poll metric. */
    static boolean isOpen(Consumer<?, ?> consumer) {
        return consumer.metrics().keySet().stream().anyMatch(metric -> POLL_METRIC.equals(metric.name()));
    }

    private void logOnceWhenStopped(String id, boolean running, List<String> topics) {
        if (running) {
            reportedStopped.remove(id);
        } else if (reportedStopped.add(id)) {
            LOG.error("Kafka consumer {} of {} has stopped: records of those topics are no longer processed by this "
                    + "instance, and readiness stays DOWN until it is restarted", id, topics);
        }
    }
}
