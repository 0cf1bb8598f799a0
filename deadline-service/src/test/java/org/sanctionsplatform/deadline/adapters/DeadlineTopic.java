package org.sanctionsplatform.deadline.adapters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.schemas.Topics;

/** Reads {@code enforcement.deadlines.v1} from the beginning, as another team's consumer would. Not thread-safe. */
final class DeadlineTopic implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<DeadlineEventEnvelope> seen = new ArrayList<>();

    DeadlineTopic(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "deadline-test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEADLINES.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every deadline event of the case read so far, in the order of the case's partition. */
    List<DeadlineEventEnvelope> eventsOf(String caseId) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(Topics.DEADLINES.decode(record.value()));
        }
        return seen.stream().filter(e -> e.getCaseId().equals(caseId)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
