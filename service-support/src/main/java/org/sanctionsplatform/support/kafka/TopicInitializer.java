package org.sanctionsplatform.support.kafka;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.sanctionsplatform.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the contract's topics and their dead-letter topics at start-up when they are missing, with the
 * configured partition count, replication factor and min.insync.replicas (DESIGN §7). Turn it off with
 * {@code sep.kafka.create-topics=false} where topics are provisioned by the platform team.
 */
@Context
@Requires(property = "sep.kafka.create-topics", notEquals = "false")
@Requires(property = "kafka.bootstrap.servers")
public class TopicInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(TopicInitializer.class);

    private final String bootstrapServers;
    private final int partitions;
    private final short replicationFactor;
    private final int minInsyncReplicas;

    public TopicInitializer(@Value("${kafka.bootstrap.servers}") String bootstrapServers,
                            @Value("${sep.kafka.topics.partitions:3}") int partitions,
                            @Value("${sep.kafka.topics.replication-factor:1}") short replicationFactor,
                            @Value("${sep.kafka.topics.min-insync-replicas:1}") int minInsyncReplicas) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
    }

    @PostConstruct
    void createMissingTopics() {
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            Map<String, String> configs = new HashMap<>();
            configs.put("min.insync.replicas", Integer.toString(minInsyncReplicas));
            List<NewTopic> topics = Topics.allNamesWithDeadLetters().stream()
                    .map(name -> new NewTopic(name, partitions, replicationFactor).configs(configs))
                    .toList();
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get(30, TimeUnit.SECONDS);
                    LOG.info("created topic {}", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + " on " + bootstrapServers
                                + ": " + e.getCause().getMessage(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while creating topic " + name, e);
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 30 s while creating topic "
                            + name + "; is KAFKA_BOOTSTRAP_SERVERS right?", e);
                }
            });
        }
    }
}
