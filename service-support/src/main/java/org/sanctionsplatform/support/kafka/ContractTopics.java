package org.sanctionsplatform.support.kafka;

import io.micronaut.configuration.kafka.admin.KafkaNewTopics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.sanctionsplatform.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contract's topics and their dead-letter topics as micronaut-kafka {@link NewTopic} beans, which micronaut-kafka's
 * {@link KafkaNewTopics} creates at start-up through its admin client (built from {@code kafka.*}, so TLS and SASL
 * apply). Partitions, replication factor and {@code min.insync.replicas} are configuration (DESIGN §7); events are kept
 * {@code sep.kafka.topics.retention} (default 30 days) and dead letters longer, {@code sep.kafka.topics.dlq-retention}
 * (default 90 days), both with the delete cleanup policy. Where the cluster provisions topics (Strimzi KafkaTopic),
 * turn it off with {@code sep.kafka.create-topics=false}. Start-up waits until the topics exist, so the relay and the
 * listeners never start on a missing topic.
 */
@Factory
@Requires(property = "sep.kafka.create-topics", notEquals = "false")
@Requires(property = "kafka.bootstrap.servers")
public class ContractTopics {

    private static final Logger LOG = LoggerFactory.getLogger(ContractTopics.class);

    private final int partitions;
    private final short replicationFactor;
    private final int minInsyncReplicas;
    private final Duration retention;
    private final Duration deadLetterRetention;

    public ContractTopics(@Value("${sep.kafka.topics.partitions:3}") int partitions,
                          @Value("${sep.kafka.topics.replication-factor:1}") short replicationFactor,
                          @Value("${sep.kafka.topics.min-insync-replicas:1}") int minInsyncReplicas,
                          @Value("${sep.kafka.topics.retention:30d}") Duration retention,
                          @Value("${sep.kafka.topics.dlq-retention:90d}") Duration deadLetterRetention) {
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
        this.retention = retention;
        this.deadLetterRetention = deadLetterRetention;
    }

    @Bean
    NewTopic caseEvents() {
        return topic(Topics.CASE_EVENTS.name(), retention);
    }

    @Bean
    NewTopic assessments() {
        return topic(Topics.ASSESSMENTS.name(), retention);
    }

    @Bean
    NewTopic deadlines() {
        return topic(Topics.DEADLINES.name(), retention);
    }

    @Bean
    NewTopic publications() {
        return topic(Topics.PUBLICATIONS.name(), retention);
    }

    @Bean
    NewTopic caseEventsDeadLetters() {
        return topic(Topics.CASE_EVENTS.dlq(), deadLetterRetention);
    }

    @Bean
    NewTopic assessmentsDeadLetters() {
        return topic(Topics.ASSESSMENTS.dlq(), deadLetterRetention);
    }

    @Bean
    NewTopic deadlinesDeadLetters() {
        return topic(Topics.DEADLINES.dlq(), deadLetterRetention);
    }

    @Bean
    NewTopic publicationsDeadLetters() {
        return topic(Topics.PUBLICATIONS.dlq(), deadLetterRetention);
    }

    private NewTopic topic(String name, Duration keep) {
        return new NewTopic(name, partitions, replicationFactor).configs(Map.of(
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas),
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(keep.toMillis()),
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }

    /** Waits for micronaut-kafka's creation of the topics: each exists afterwards (created now or before). */
    @Context
    @Requires(property = "sep.kafka.create-topics", notEquals = "false")
    @Requires(property = "kafka.bootstrap.servers")
    @Requires(bean = KafkaNewTopics.class)
    static class TopicsCreated {

        private final KafkaNewTopics created;

        TopicsCreated(KafkaNewTopics created) {
            this.created = created;
        }

        @PostConstruct
        void awaitTopics() {
            created.getResult().values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                    LOG.info("created topic {}", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(),
                                e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while creating topic " + name, e);
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Kafka did not answer within 30 s while creating topic " + name
                            + "; is KAFKA_BOOTSTRAP_SERVERS right?", e);
                }
            });
        }
    }
}
