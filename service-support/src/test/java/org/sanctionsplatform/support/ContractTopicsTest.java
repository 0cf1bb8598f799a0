package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.EmbeddedKafkaBroker;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * At start-up a service has micronaut-kafka create the contract's topics and dead-letter topics (NewTopic beans) on a
 * broker that has none, with the configured partitions and retention: dead letters kept longer than events.
 */
class ContractTopicsTest {

    @Test
    void aServiceCreatesEveryTopicAndDeadLetterTopicWithItsPartitionsAndRetention() throws Exception {
        PostgresFixture pg = PostgresFixture.shared();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             ApplicationContext context = ApplicationContext.run(LocalIdentityProvider.shared().serviceProperties(Map.<String, Object>of(
                     "kafka.bootstrap.servers", broker.bootstrapServers(),
                     "datasources.default.url", pg.createDatabase("topics"),
                     "datasources.default.username", pg.username(),
                     "datasources.default.password", pg.password(),
                     "sep.kafka.topics.partitions", "2",
                     "sep.kafka.topics.retention", "7d",
                     "sep.kafka.topics.dlq-retention", "60d")), "support-test");
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            List<String> names = Topics.allNamesWithDeadLetters();

            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
            assertThat(topics).containsOnlyKeys(names);
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(2));
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get();
            configs.forEach((resource, config) -> assertThat(config.get("retention.ms").value())
                    .as(resource.name())
                    .isEqualTo(Long.toString((resource.name().endsWith(".dlq") ? Duration.ofDays(60) : Duration.ofDays(7)).toMillis())));
        }
    }
}
