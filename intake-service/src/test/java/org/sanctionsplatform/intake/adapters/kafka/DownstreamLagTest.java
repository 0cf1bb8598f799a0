package org.sanctionsplatform.intake.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.support.scheduling.BackgroundLoops;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * The consumers' lag as intake's admission control sees it, measured on a real broker: per group, over every partition
 * it has committed on; a group that never committed does not count; a measurement past its time counts for nothing.
 */
class DownstreamLagTest {

    private final KafkaFixture kafka = KafkaFixture.shared();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void aGroupsLagIsWhatItHasNotProcessedOnEveryPartitionItReads() throws Exception {
        String topic = "downstream-lag-" + UUID.randomUUID();
        String other = topic + "-other";
        kafka.createTopics(2, topic, other);
        try (KafkaProducer<String, byte[]> producer = kafka.newProducer()) {
            for (int i = 0; i < 6; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "k", new byte[] {1})).get();
            }
            for (int i = 0; i < 4; i++) {
                producer.send(new ProducerRecord<>(topic, 1, "k", new byte[] {1})).get();
                producer.send(new ProducerRecord<>(other, 0, "k", new byte[] {1})).get();
            }
        }
        String behind = "lag-behind-" + UUID.randomUUID();
        String caughtUp = "lag-caught-up-" + UUID.randomUUID();
        String never = "lag-never-" + UUID.randomUUID();
        Admin admin = kafka.admin(); // shared: not closed here
        {
            // behind: 6 - 2 on the first partition, 4 - 4 on the second, 4 - 1 on the other topic: 7
            admin.alterConsumerGroupOffsets(behind, Map.of(
                    new TopicPartition(topic, 0), new OffsetAndMetadata(2),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(4),
                    new TopicPartition(other, 0), new OffsetAndMetadata(1))).all().get();
            admin.alterConsumerGroupOffsets(caughtUp, Map.of(
                    new TopicPartition(topic, 0), new OffsetAndMetadata(6),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(4))).all().get();

            DownstreamLag lag = new DownstreamLag(admin, new BackgroundLoops(Duration.ofSeconds(1), new SimpleMeterRegistry()),
                    new SimpleMeterRegistry(), List.of(behind, caughtUp, never), Duration.ofSeconds(1), nanos::get);
            assertThat(lag.behindBy(0)).as("nothing measured yet: nothing to refuse for").isEmpty();

            lag.measure();

            assertThat(lag.lagOf(behind)).contains(7L);
            assertThat(lag.lagOf(caughtUp)).contains(0L);
            assertThat(lag.lagOf(never)).as("a group that has committed nothing (not deployed) does not count").isEmpty();
            assertThat(lag.behindBy(6)).contains(new DownstreamLag.Behind(behind, 7));
            assertThat(lag.behindBy(7)).isEmpty();

            nanos.addAndGet(Duration.ofSeconds(9).toNanos());
            assertThat(lag.behindBy(6)).as("9 s old: still the last word").isPresent();
            nanos.addAndGet(Duration.ofSeconds(2).toNanos());
            assertThat(lag.behindBy(0)).as("11 s old (the broker no longer answers): stale, refuses nothing").isEmpty();
            assertThat(lag.lagOf(behind)).isEmpty();

            admin.alterConsumerGroupOffsets(behind, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(6))).all().get();
            lag.measure();
            assertThat(lag.lagOf(behind)).as("caught up on the first partition: 3 left on the other topic").contains(3L);
        }
    }
}
