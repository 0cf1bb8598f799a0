package org.sanctionsplatform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class EmbeddedKafkaBrokerTest {

    private EmbeddedKafkaBroker broker;

    @BeforeAll
    void start() {
        broker = EmbeddedKafkaBroker.start();
        System.out.println("Embedded KRaft broker started in " + broker.startupTime().toMillis() + " ms at "
                + broker.bootstrapServers());
    }

    @AfterAll
    void stop() {
        broker.close();
    }

    @Test
    void producerWritesAndConsumerReadsBackThroughTheRealBroker() throws Exception {
        broker.createTopics(3, "roundtrip");
        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            written = producer.send(new ProducerRecord<>("roundtrip", "case-42", "hello")).get();
        }
        assertThat(written.offset()).isZero();

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "roundtrip-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("roundtrip"));
            ConsumerRecord<String, String> received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    received = records.iterator().next();
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.key()).isEqualTo("case-42");
            assertThat(received.value()).isEqualTo("hello");
            assertThat(received.partition()).isEqualTo(written.partition());
        }
    }

    @Test
    void createTopicsIsIdempotent() throws Exception {
        broker.createTopics(4, "idem-a", "idem-b");
        broker.createTopics(4, "idem-a", "idem-b");
        broker.createTopics(1, "idem-a", "idem-c", "idem-c");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains("idem-a", "idem-b", "idem-c");
            Map<String, TopicDescription> d = admin.describeTopics(Set.of("idem-a", "idem-b", "idem-c"))
                    .allTopicNames().get();
            assertThat(d.get("idem-a").partitions()).hasSize(4); // existing topic left alone
            assertThat(d.get("idem-b").partitions()).hasSize(4);
            assertThat(d.get("idem-c").partitions()).hasSize(1);
        }
    }

    @Test
    void autoCreatedTopicsGetTheDefaultPartitionCount() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("auto-created", "k", "v")).get();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.describeTopics(Set.of("auto-created")).allTopicNames().get()
                    .get("auto-created").partitions()).hasSize(3);
        }
    }

    @Test
    void configuredBrokerUsesGivenPortAndDirectoryAndCloseIsIdempotent(@TempDir Path dir) throws Exception {
        int port = EmbeddedKafkaBroker.freePort();
        Path data = dir.resolve("kafka");
        EmbeddedKafkaBroker configured = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Config.defaults()
                .port(port).dataDirectory(data).defaultPartitions(2));
        try {
            assertThat(configured.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(configured.dataDirectory()).isEqualTo(data.toAbsolutePath());
            String props = Files.readString(data.resolve("server.properties"), StandardCharsets.ISO_8859_1);
            assertThat(props).contains("num.partitions=2", "process.roles=broker,controller");
            configured.createTopics(2, "configured");
        } finally {
            configured.close();
        }
        configured.close();
        assertThat(configured.isClosed()).isTrue();
        assertThat(data.resolve("kraft-logs").resolve("meta.properties")).exists(); // a given directory is kept

        // and a later broker on it starts (not formatted again) and still has its topics
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Config.defaults().dataDirectory(data));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, again.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains("configured");
        }
    }

    @Test
    void temporaryDirectoryIsDeletedOnClose() {
        EmbeddedKafkaBroker temporary = EmbeddedKafkaBroker.start();
        Path dir = temporary.dataDirectory();
        assertThat(dir).exists();
        temporary.close();
        temporary.close();
        assertThat(dir).doesNotExist();
    }
}
