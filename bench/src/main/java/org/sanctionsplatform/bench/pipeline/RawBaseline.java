package org.sanctionsplatform.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's raw rate in the same run, for the platform's rate to be read against: a plain KafkaProducer with the
 * services' producer settings (acks=all, idempotent, linger 5 ms; EventProducer) sends records shaped like the case
 * events (a case-id key, an eventId header, a value of the mean encoded size measured on the case-events topic, random
 * bytes) as fast as it can for a while to a topic of its own with the same partition count; then a plain
 * KafkaConsumer reads them all back from the beginning. Records per second both ways.
 *
 * <p>It runs in a child JVM of its own ({@link #inChildJvm}): a first, short pass warms that JVM up (on a topic of its
 * own), the second pass is the one reported. So its clients are compiled code like the platform's, and its garbage
 * (a few hundred thousand records a second) does not inflate the harness JVM's heap and RSS figures.
 */
public final class RawBaseline {

    /** The harness's own topics; not part of the platform's contract, so not in the topic registry. */
    static final String TOPIC = "bench.raw-baseline";
    static final String WARM_UP_TOPIC = "bench.raw-baseline-warm-up";

    record Result(long records, int valueBytes, double produceSeconds, double consumeSeconds) {
        double producePerSecond() {
            return records / produceSeconds;
        }

        double consumePerSecond() {
            return records / consumeSeconds;
        }

        /** The lower of the two: records the broker carries in and out per second. */
        double perSecond() {
            return Math.min(producePerSecond(), consumePerSecond());
        }
    }

    private RawBaseline() {
    }

    /** Runs {@link #main} in a child JVM (heap 512 MiB) and returns its measured pass. */
    static Result inChildJvm(String bootstrap, int partitions, int valueBytes, Duration produceFor) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        String logback = System.getProperty("logback.configurationFile");
        if (logback != null) {
            command.add("-Dlogback.configurationFile=" + logback);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RawBaseline.class.getName(), bootstrap,
                Integer.toString(partitions), Integer.toString(valueBytes), Long.toString(produceFor.toMillis())));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the raw baseline's JVM failed (exit code " + exit + ")");
        }
        String[] f = result.split(" ");
        return new Result(Long.parseLong(f[1]), Integer.parseInt(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]));
    }

    /** {@code bootstrap partitions valueBytes produceMillis}: a warm-up pass, then the measured one, printed as RESULT. */
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        int valueBytes = Integer.parseInt(args[2]);
        Duration produceFor = Duration.ofMillis(Long.parseLong(args[3]));
        measure(bootstrap, WARM_UP_TOPIC, partitions, valueBytes, Duration.ofMillis(Math.min(3_000, produceFor.toMillis())));
        Result r = measure(bootstrap, TOPIC, partitions, valueBytes, produceFor);
        System.out.println("RESULT " + r.records() + " " + r.valueBytes() + " " + r.produceSeconds() + " " + r.consumeSeconds());
        System.exit(0);
    }

    static Result measure(String bootstrap, String topic, int partitions, int valueBytes, Duration produceFor) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            Replay.awaitLeaders(admin, bootstrap, topic);
        }
        SplittableRandom random = new SplittableRandom(8);
        byte[][] values = new byte[64][valueBytes];
        for (byte[] v : values) {
            random.nextBytes(v);
        }
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-raw-producer");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failed = new AtomicReference<>();
        long sent = 0;
        long start;
        long end;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic); // metadata before the clock starts
            start = System.nanoTime();
            long stopAt = start + produceFor.toNanos();
            while (System.nanoTime() < stopAt) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, new UUID(random.nextLong(), random.nextLong()).toString(),
                        values[(int) (sent & 63)]);
                record.headers().add(new RecordHeader("eventId", new UUID(random.nextLong(), random.nextLong()).toString().getBytes(StandardCharsets.UTF_8)));
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failed.compareAndSet(null, e);
                    } else {
                        acked.incrementAndGet();
                    }
                });
                sent++;
            }
            producer.flush();
            end = System.nanoTime();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("the raw producer failed: " + failed.get(), failed.get());
        }
        double produceSeconds = (end - start) / 1e9;

        long consumed = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-raw-consumer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> assigned.add(new TopicPartition(topic, p.partition())));
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            assigned.forEach(consumer::position);
            start = System.nanoTime();
            long giveUp = start + Duration.ofMinutes(5).toNanos();
            while (consumed < acked.get() && System.nanoTime() < giveUp) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(500));
                consumed += batch.count();
            }
            end = System.nanoTime();
        }
        if (consumed < acked.get()) {
            throw new IllegalStateException("the raw consumer read " + consumed + " of " + acked.get() + " records");
        }
        return new Result(acked.get(), valueBytes, produceSeconds, (end - start) / 1e9);
    }
}
