package org.sanctionsplatform.support.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;

/**
 * Publishes a consumer's lag per partition ({@value #LAG}: the records between the consumer's position and the
 * partition's end, as the Kafka client measures it after each fetch) as a Micrometer gauge tagged with the consumer
 * group, the client id, the topic and the partition.
 *
 * <p>Our own reporter, for two reasons: micronaut-kafka 5.9's binder keeps only the client-id, topic and node-id tags,
 * so the lags of a topic's partitions collide in one meter that shows the first partition only; Micrometer's
 * {@code KafkaClientMetrics} keeps every tag but looks for new metrics (a partition's lag appears after the first
 * fetch from it) only every 60 s. A Kafka {@link MetricsReporter} is told of each metric the moment the client creates
 * or removes it. Kafka instantiates it by class name; {@link KafkaClientsMetrics} adds it to every consumer's
 * configuration together with the registry.
 */
public class ConsumerLagReporter implements MetricsReporter {

    /** The consumer gauge: records the group still has to read from a partition. */
    public static final String LAG = "kafka.consumer.records.lag";
    /** The configuration key under which {@link KafkaClientsMetrics} hands the registry to the reporter. */
    static final String REGISTRY = "sep.meter.registry";

    private static final String KAFKA_METRIC = "records-lag";
    private static final String KAFKA_GROUP = "consumer-fetch-manager-metrics";

    private final Map<org.apache.kafka.common.MetricName, Meter> meters = new ConcurrentHashMap<>();
    private MeterRegistry registry;
    private String group = "";

    @Override
    public void configure(Map<String, ?> configs) {
        Object given = configs.get(REGISTRY);
        registry = given instanceof MeterRegistry meterRegistry ? meterRegistry : null;
        Object groupId = configs.get(ConsumerConfig.GROUP_ID_CONFIG);
        group = groupId == null ? "" : groupId.toString();
    }

    @Override
    public void init(List<KafkaMetric> metrics) {
        metrics.forEach(this::metricChange);
    }

    @Override
    public void metricChange(KafkaMetric metric) {
        if (registry == null || !KAFKA_METRIC.equals(metric.metricName().name())
                || !KAFKA_GROUP.equals(metric.metricName().group())
                || !metric.metricName().tags().containsKey("partition")) {
            return;
        }
        Map<String, String> tags = metric.metricName().tags();
        meters.computeIfAbsent(metric.metricName(), name -> Gauge.builder(LAG, metric, ConsumerLagReporter::valueOf)
                .description("Records of the partition the consumer group has not read yet (as the client last measured)")
                .baseUnit("records")
                .tags(Tags.of("group", group,
                        "client.id", tags.getOrDefault("client-id", ""),
                        "topic", topicName(tags.getOrDefault("topic", "")),
                        "partition", tags.getOrDefault("partition", "")))
                .register(registry));
    }

    /**
     * The topic's real name: the Kafka client writes a topic's dots as underscores in its metric tags; the contract's
     * topics (and their DLQs) get their names back, so the lag joins {@code sep.consumer.records} on {@code topic}.
     */
    static String topicName(String tagged) {
        for (Topic<?> topic : Topics.all()) {
            if (topic.name().replace('.', '_').equals(tagged)) {
                return topic.name();
            }
            if (topic.dlq().replace('.', '_').equals(tagged)) {
                return topic.dlq();
            }
        }
        return tagged;
    }

    private static double valueOf(KafkaMetric metric) {
        Object value = metric.metricValue();
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    @Override
    public void metricRemoval(KafkaMetric metric) {
        Meter meter = meters.remove(metric.metricName());
        if (meter != null && registry != null) {
            registry.remove(meter);
        }
    }

    @Override
    public void close() {
        if (registry != null) {
            meters.values().forEach(registry::remove);
        }
        meters.clear();
    }
}
