package org.sanctionsplatform.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;

/**
 * The replay reuses the load's broker (its JIT warm): before writing, the platform's topics are deleted and created again
 * empty, and every consumer group is deleted, so the services' groups start from offset 0 and the harness counts only
 * the replay's records, as on a fresh broker. A real KRaft broker, in this JVM.
 */
class ReplayOnAUsedBrokerTest {

    @Test
    void aSecondReplayStartsFromEmptyTopicsAndNoConsumerGroups() throws Exception {
        List<CaseEventEnvelope> template = PipelineHarnessPartsTest.templateCase();
        try (HarnessBroker broker = HarnessBroker.start(HarnessBroker.Mode.IN_PROCESS, 3, "256m");
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Replay.Written first = Replay.write(broker.bootstrapServers(), 3, template, 4, 1);
            assertThat(first.events()).isEqualTo(4 * template.size());
            assertThat(caseEventsOnTheTopic(broker.bootstrapServers())).isEqualTo(first.events());
            commitEverything(broker.bootstrapServers(), "assessment-service");

            Replay.Written second = Replay.write(broker.bootstrapServers(), 3, template, 2, 2);

            assertThat(caseEventsOnTheTopic(broker.bootstrapServers())).as("only the second replay's records")
                    .isEqualTo(second.events()).isEqualTo(2 * template.size());
            assertThat(admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId))
                    .doesNotContain("assessment-service");
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.allNamesWithDeadLetters()).allTopicNames().get();
            assertThat(topics).hasSize(Topics.allNamesWithDeadLetters().size());
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
        }
    }

    private static long caseEventsOnTheTopic(String bootstrap) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, null)) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            return consumer.endOffsets(partitions).entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
    }

    /** A group that has read the whole case-events topic, as a service's would after a load. */
    private static void commitEverything(String bootstrap, String group) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, group)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.commitSync(consumer.endOffsets(partitions).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))), Duration.ofSeconds(30));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(Topics.CASE_EVENTS_NAME).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String group) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
