package org.sanctionsplatform.deadline.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.metrics.KafkaMetric;
import org.apache.kafka.common.metrics.MetricsReporter;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * Both of the deadline service's consumers (the case-events listener, configured under kafka.consumers.deadline-service,
 * and the assessments listener, whose group id has a dot and which is configured on its annotation) are created with
 * the consumer settings of sep.consumer.*: by default fetches wait up to 20 ms for 64 KiB (issue "Pipeline speed"),
 * and an operator's values replace them. Seen as the Kafka client is given its configuration.
 */
class ConsumerSettingsTest {

    private static final List<String> GROUPS = List.of("deadline-service", "deadline-service.assessments");

    @Test
    void byDefaultAFetchWaitsUpTo20MillisecondsFor64KiB() {
        assertThat(consumersCreatedWith(Map.of()))
                .containsEntry("deadline-service", "fetch.min.bytes=65536 fetch.max.wait.ms=20 max.poll.records=500")
                .containsEntry("deadline-service.assessments", "fetch.min.bytes=65536 fetch.max.wait.ms=20 max.poll.records=500");
    }

    @Test
    void anOperatorsSettingsApplyToBothConsumers() {
        assertThat(consumersCreatedWith(Map.of("sep.consumer.fetch-min-bytes", "1", "sep.consumer.fetch-max-wait-ms", "250",
                "sep.consumer.max-poll-records", "40")))
                .containsEntry("deadline-service", "fetch.min.bytes=1 fetch.max.wait.ms=250 max.poll.records=40")
                .containsEntry("deadline-service.assessments", "fetch.min.bytes=1 fetch.max.wait.ms=250 max.poll.records=40");
    }

    private static Map<String, String> consumersCreatedWith(Map<String, Object> settings) {
        ConfigSeen.BY_GROUP.clear();
        PostgresFixture postgres = PostgresFixture.shared();
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers());
        properties.put("kafka.metric.reporters", ConfigSeen.class.getName());
        properties.put("datasources.default.url", postgres.createDatabase("deadline_consumer_settings"));
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("micronaut.server.port", -1);
        properties.put("sep.deadline.timers.enabled", "false");
        properties.putAll(LocalIdentityProvider.shared().serviceProperties());
        try (ApplicationContext ignored = ApplicationContext.builder().environments("deadline").properties(properties).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ConfigSeen.BY_GROUP.keySet().containsAll(GROUPS));
            return Map.copyOf(ConfigSeen.BY_GROUP);
        }
    }

    /** A metrics reporter, which Kafka clients configure with their whole configuration: it notes the consumers'. */
    public static class ConfigSeen implements MetricsReporter {

        static final Map<String, String> BY_GROUP = new ConcurrentHashMap<>();

        @Override
        public void configure(Map<String, ?> configs) {
            Object group = configs.get(ConsumerConfig.GROUP_ID_CONFIG);
            if (group != null) {
                BY_GROUP.put(group.toString(), "fetch.min.bytes=" + configs.get(ConsumerConfig.FETCH_MIN_BYTES_CONFIG)
                        + " fetch.max.wait.ms=" + configs.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)
                        + " max.poll.records=" + configs.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG));
            }
        }

        @Override
        public void init(List<KafkaMetric> metrics) {
        }

        @Override
        public void metricChange(KafkaMetric metric) {
        }

        @Override
        public void metricRemoval(KafkaMetric metric) {
        }

        @Override
        public void close() {
        }
    }
}
