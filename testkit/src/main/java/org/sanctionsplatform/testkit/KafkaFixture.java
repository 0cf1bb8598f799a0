package org.sanctionsplatform.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Kafka broker per test JVM, started on first use and stopped by a shutdown hook.
 *
 * <p>Testcontainers ({@value #KAFKA_IMAGE}) when a Docker engine answers, else an
 * {@link EmbeddedKafkaBroker}. {@code -Dsep.test.kafka=embedded|testcontainers} (or env
 * {@code SEP_TEST_KAFKA}) forces the mode.
 */
public final class KafkaFixture {

    /** Which kind of broker backs the fixture. */
    public enum Mode { TESTCONTAINERS, EMBEDDED }

    public static final String KAFKA_IMAGE = "apache/kafka:3.9.1";
    static final int DEFAULT_PARTITIONS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFixture.class);
    private static final Object LOCK = new Object();
    private static volatile KafkaFixture shared;
    private static RuntimeException sharedFailure;

    private final Mode mode;
    private final String bootstrapServers;
    private final AutoCloseable resource;
    private final Admin admin;

    private KafkaFixture(Mode mode, String bootstrapServers, AutoCloseable resource) {
        this.mode = mode;
        this.bootstrapServers = bootstrapServers;
        this.resource = resource;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "sep-kafka-fixture-admin"));
    }

    /** The broker of this JVM, started on first call. A failed start is remembered and rethrown. */
    public static KafkaFixture shared() {
        KafkaFixture f = shared;
        if (f != null) {
            return f;
        }
        synchronized (LOCK) {
            if (shared != null) {
                return shared;
            }
            if (sharedFailure != null) {
                throw new IllegalStateException("The shared Kafka broker failed to start earlier", sharedFailure);
            }
            try {
                f = start(chooseMode());
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
            KafkaFixture started = f;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "sep-kafka-fixture-shutdown"));
            shared = started;
            return started;
        }
    }

    static Mode chooseMode() {
        String forced = Settings.lookup("sep.test.kafka", "SEP_TEST_KAFKA");
        if (forced != null) {
            switch (forced.toLowerCase(Locale.ROOT)) {
                case "embedded":
                    return Mode.EMBEDDED;
                case "testcontainers":
                case "docker":
                    if (!DockerSupport.isDockerAvailable()) {
                        throw new IllegalStateException("SEP_TEST_KAFKA/sep.test.kafka=" + forced
                                + " but no Docker engine answers: " + DockerSupport.description()
                                + ". Start a Docker engine, or unset it (or set it to 'embedded') to use the embedded KRaft broker.");
                    }
                    return Mode.TESTCONTAINERS;
                case "auto":
                    break;
                default:
                    throw new IllegalArgumentException("sep.test.kafka/SEP_TEST_KAFKA must be embedded, testcontainers or auto, was: " + forced);
            }
        }
        return DockerSupport.isDockerAvailable() ? Mode.TESTCONTAINERS : Mode.EMBEDDED;
    }

    private static KafkaFixture start(Mode mode) {
        long t0 = System.nanoTime();
        KafkaFixture fixture;
        if (mode == Mode.TESTCONTAINERS) {
            fixture = Containers.startKafka();
        } else {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(
                    EmbeddedKafkaBroker.Config.defaults().defaultPartitions(DEFAULT_PARTITIONS));
            fixture = new KafkaFixture(Mode.EMBEDDED, broker.bootstrapServers(), broker);
        }
        LOG.info("Kafka for tests: {} at {} (started in {} ms)", mode, fixture.bootstrapServers,
                Duration.ofNanos(System.nanoTime() - t0).toMillis());
        return fixture;
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Mode mode() {
        return mode;
    }

    /** Creates the topics (replication factor 1); existing topics are left alone. */
    public void createTopics(int partitions, String... names) {
        EmbeddedKafkaBroker.createTopics(admin, partitions, names);
    }

    /** A shared admin client; do not close it. */
    public Admin admin() {
        return admin;
    }

    /**
     * Producer settings: bootstrap servers, String keys, byte[] values, {@code acks=all},
     * idempotence on. A fresh mutable map: override serializers or anything else.
     */
    public Map<String, Object> producerProps() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return p;
    }

    /**
     * Consumer settings: bootstrap servers, the group, String keys, byte[] values,
     * {@code auto.offset.reset=earliest}, auto-commit off. A fresh mutable map.
     */
    public Map<String, Object> consumerProps(String groupId) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (groupId != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    /** A producer with {@link #producerProps()}; the caller closes it. */
    public KafkaProducer<String, byte[]> newProducer() {
        return new KafkaProducer<>(producerProps());
    }

    /** A consumer with {@link #consumerProps(String)}; the caller closes it. */
    public KafkaConsumer<String, byte[]> newConsumer(String groupId) {
        return new KafkaConsumer<>(consumerProps(groupId));
    }

    /**
     * Reads the topic from the beginning of every partition (no consumer group, nothing committed)
     * until at least {@code expectedCount} records have arrived or the timeout passes, and returns
     * what was read (possibly fewer than expected: assert on the result). Waits for the topic to
     * exist. Records are in partition order, then offset order within a partition.
     */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration timeout, int expectedCount) {
        return readAll(topic, timeout, record -> true, expectedCount);
    }

    /**
     * Reads the topic from the start of every partition until {@code expectedCount} records matching
     * {@code filter} have arrived or the timeout passes; returns the matching records (assert on them).
     */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration timeout,
                                                        java.util.function.Predicate<ConsumerRecord<String, byte[]>> filter,
                                                        int expectedCount) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> props = consumerProps(null);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "sep-readall-" + UUID.randomUUID());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty()) {
                long left = remainingMillis(deadline);
                if (left <= 0) {
                    return records;
                }
                try {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofMillis(Math.min(left, 2000)));
                    partitions = infos == null ? List.of() : infos.stream()
                            .map(i -> new TopicPartition(i.topic(), i.partition()))
                            .collect(Collectors.toList());
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    partitions = List.of();
                }
                if (partitions.isEmpty()) {
                    sleep(Math.min(100, Math.max(1, remainingMillis(deadline))));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (records.size() < expectedCount) {
                long left = remainingMillis(deadline);
                if (left <= 0) {
                    break;
                }
                consumer.poll(Duration.ofMillis(Math.min(left, 200))).forEach(r -> {
                    if (filter.test(r)) {
                        records.add(r);
                    }
                });
            }
        }
        records.sort((a, b) -> a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records;
    }

    private static long remainingMillis(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private void stop() {
        try {
            admin.close(Duration.ofSeconds(2));
        } catch (RuntimeException ignored) {
            // best effort
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("Stopping the test Kafka broker failed", e);
        }
    }

    @Override
    public String toString() {
        return "KafkaFixture[" + mode + ", " + bootstrapServers + "]";
    }

    /** Testcontainers code, loaded only in TESTCONTAINERS mode. */
    private static final class Containers {
        static KafkaFixture startKafka() {
            org.testcontainers.kafka.KafkaContainer container =
                    new org.testcontainers.kafka.KafkaContainer(KAFKA_IMAGE)
                            .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(DEFAULT_PARTITIONS))
                            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                            .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                            .withStartupTimeout(Duration.ofMinutes(3));
            try {
                container.start();
            } catch (RuntimeException e) {
                container.close();
                throw new IllegalStateException("Cannot start Testcontainers Kafka (" + KAFKA_IMAGE
                        + "). Set SEP_TEST_KAFKA=embedded to use the embedded KRaft broker.", e);
            }
            return new KafkaFixture(Mode.TESTCONTAINERS, container.getBootstrapServers(), container::stop);
        }
    }
}
