package org.sanctionsplatform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(180)
class KafkaFixtureTest {

    @Test
    void sharedBrokerMatchesThisMachineAndCarriesRecords() throws Exception {
        KafkaFixture kafka = KafkaFixture.shared();
        assertThat(KafkaFixture.shared()).isSameAs(kafka);
        String forced = Settings.lookup("sep.test.kafka", "SEP_TEST_KAFKA");
        if (forced == null || forced.equalsIgnoreCase("auto")) {
            assertThat(kafka.mode()).isEqualTo(DockerSupport.isDockerAvailable()
                    ? KafkaFixture.Mode.TESTCONTAINERS : KafkaFixture.Mode.EMBEDDED);
        }
        assertThat(kafka.bootstrapServers()).isNotBlank();

        kafka.createTopics(3, "fixture-topic");
        kafka.createTopics(3, "fixture-topic");
        try (KafkaProducer<String, byte[]> producer = kafka.newProducer()) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("fixture-topic", "case-" + i,
                        ("event-" + i).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }

        List<ConsumerRecord<String, byte[]>> all = kafka.readAll("fixture-topic", Duration.ofSeconds(30), 10);
        assertThat(all).hasSize(10);
        assertThat(all).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                "case-0", "case-1", "case-2", "case-3", "case-4", "case-5", "case-6", "case-7", "case-8", "case-9");

        try (KafkaConsumer<String, byte[]> consumer = kafka.newConsumer("fixture-group")) {
            consumer.subscribe(List.of("fixture-topic"));
            int seen = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen < 10 && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                seen += records.count();
            }
            assertThat(seen).isEqualTo(10);
        }
    }

    @Test
    void readAllReturnsWhatArrivedWhenTheTimeoutPasses() {
        KafkaFixture kafka = KafkaFixture.shared();
        long t0 = System.nanoTime();
        assertThat(kafka.readAll("never-created-topic", Duration.ofSeconds(1), 1)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));

        kafka.createTopics(1, "empty-topic");
        assertThat(kafka.readAll("empty-topic", Duration.ofSeconds(1), 1)).isEmpty();
    }

    @Test
    void clientPropsAreFreshMutableMaps() {
        KafkaFixture kafka = KafkaFixture.shared();
        kafka.producerProps().put("linger.ms", 5);
        assertThat(kafka.producerProps()).containsEntry("linger.ms", 0).containsEntry("acks", "all");
        assertThat(kafka.consumerProps("g")).containsEntry("group.id", "g")
                .containsEntry("auto.offset.reset", "earliest");
    }
}
