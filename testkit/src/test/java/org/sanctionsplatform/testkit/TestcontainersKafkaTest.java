package org.sanctionsplatform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs only where a Docker engine answers; skipped (not failed) elsewhere. */
@Timeout(300)
class TestcontainersKafkaTest {

    @Test
    void kafkaContainerCarriesRecords() throws Exception {
        assumeTrue(DockerSupport.isDockerAvailable(), () -> "No Docker engine: " + DockerSupport.description());
        try (org.testcontainers.kafka.KafkaContainer container =
                     new org.testcontainers.kafka.KafkaContainer(KafkaFixture.KAFKA_IMAGE)) {
            container.start();
            // Reuse the fixture's helpers against this container through the shared code path.
            String bootstrap = container.getBootstrapServers();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(java.util.Map.of(
                    "bootstrap.servers", bootstrap,
                    "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                    "value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class))) {
                producer.send(new ProducerRecord<>("tc-topic", "k", "v".getBytes(StandardCharsets.UTF_8))).get();
            }
            try (org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]> consumer =
                         new org.apache.kafka.clients.consumer.KafkaConsumer<>(java.util.Map.of(
                                 "bootstrap.servers", bootstrap,
                                 "group.id", "tc-test",
                                 "auto.offset.reset", "earliest",
                                 "key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class,
                                 "value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class))) {
                consumer.subscribe(List.of("tc-topic"));
                ConsumerRecord<String, byte[]> got = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (got == null && System.nanoTime() < deadline) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        got = records.iterator().next();
                    }
                }
                assertThat(got).isNotNull();
                assertThat(got.key()).isEqualTo("k");
            }
        }
    }
}
