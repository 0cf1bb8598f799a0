package org.sanctionsplatform.support.deadletters;

import io.micronaut.configuration.kafka.config.AbstractKafkaConsumerConfiguration;
import io.micronaut.configuration.kafka.config.DefaultKafkaConsumerConfiguration;
import io.micronaut.configuration.kafka.config.KafkaConsumerConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.support.consumer.DeadLetters;
import org.sanctionsplatform.support.kafka.EventProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a contract topic's dead-letter topic ({@code <topic>.dlq}, written by {@link DeadLetters}) and re-drives chosen
 * dead letters to the topic they came from, for an operator who has fixed what made them fail (issue 11.6).
 *
 * <p>A re-drive publishes the dead letter's key and bytes unchanged, so its event id is the one it always had: every
 * consumer of the topic skips an event id it processed before ({@code InboundEvents}), hence only the consumer that
 * dead-lettered it applies it, and re-driving the same record twice has no further effect. The re-driven record goes to
 * the end of its case's partition, so it is applied after the case's later events: the consumer that dead-lettered it
 * must accept that (the platform's consumers apply each event on its own terms).
 *
 * <p>The dead-letter topic is read with a consumer of no group (assigned partitions, nothing committed), built from
 * micronaut-kafka's configuration ({@code kafka.*}, overrides under {@code kafka.consumers.sep-dead-letters.*}), so
 * TLS and SASL apply. Reading stops at the end offsets seen when it started.
 */
@Singleton
public class DeadLetterQueues {

    /** The name of this client's own settings: {@code kafka.consumers.sep-dead-letters.*}. */
    public static final String CLIENT = "sep-dead-letters";
    /** The header a re-driven record carries: the dead letter it came from, {@code <dlq>-<partition>@<offset>}. */
    public static final String REDRIVEN_FROM = "dlq.redriven.from";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterQueues.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Properties consumerProperties;
    private final EventProducer producer;
    private final Duration readTimeout;

    public DeadLetterQueues(BeanContext beans, DefaultKafkaConsumerConfiguration<?, ?> defaults, EventProducer producer,
                            @Value("${micronaut.application.name:service}") String application,
                            @Value("${sep.dead-letters.read-timeout:30s}") Duration readTimeout) {
        Properties configured = beans.findBean(KafkaConsumerConfiguration.class, Qualifiers.byName(CLIENT))
                .map(AbstractKafkaConsumerConfiguration::getConfig)
                .orElseGet(defaults::getConfig);
        Properties props = new Properties();
        props.putAll(configured);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-" + CLIENT);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG); // no group: an operator's reading commits nothing
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        props.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        this.consumerProperties = props;
        this.producer = producer;
        this.readTimeout = readTimeout;
    }

    /** A dead letter as read: where it is, its key and bytes, and the headers {@link DeadLetters} gave it. */
    public record DeadLetter(String deadLetterTopic, int partition, long offset, Instant timestamp, String key,
                             byte[] value, Headers headers) {

        public String header(String name) {
            Header h = headers.lastHeader(name);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }

        public String position() {
            return deadLetterTopic + "-" + partition + "@" + offset;
        }
    }

    /** Where a re-driven record now is. */
    public record Redriven(DeadLetter from, String topic, int partition, long offset) {
    }

    /**
     * The dead letters of {@code topic} that {@code filter} accepts, in partition and offset order, at most {@code limit}
     * of them (and whether more were there).
     */
    public Page read(Topic<?> topic, Predicate<DeadLetter> filter, int limit) {
        List<DeadLetter> found = new ArrayList<>();
        boolean more = false;
        String dlq = topic.dlq();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(dlq, readTimeout);
            List<TopicPartition> partitions = infos == null ? List.of() : infos.stream()
                    .map(p -> new TopicPartition(dlq, p.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, readTimeout);
            Instant deadline = Instant.now().plus(readTimeout);
            // one partition at a time, so that the answer is in partition and offset order
            for (TopicPartition partition : partitions) {
                long until = end.getOrDefault(partition, 0L);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                while (consumer.position(partition, readTimeout) < until) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new DeadLetterReadException("could not read " + dlq + " to its end within " + readTimeout);
                    }
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                        if (r.offset() >= until) {
                            continue;
                        }
                        DeadLetter letter = new DeadLetter(dlq, r.partition(), r.offset(),
                                Instant.ofEpochMilli(r.timestamp()), r.key(), r.value(), r.headers());
                        if (filter.test(letter)) {
                            if (found.size() < limit) {
                                found.add(letter);
                            } else {
                                more = true;
                            }
                        }
                    }
                }
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new DeadLetterReadException("cannot read " + dlq + ": " + e.getMessage(), e);
        }
        return new Page(found, more);
    }

    /** Dead letters, and whether the filter accepted more than were returned. */
    public record Page(List<DeadLetter> letters, boolean truncated) {
    }

    /**
     * Publishes each dead letter to its source topic again (its key, bytes and original headers; not the dead-letter
     * headers), synchronously and in the order given, and says where each went.
     */
    public List<Redriven> redrive(Topic<?> topic, List<DeadLetter> letters) {
        List<Redriven> done = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            ProducerRecord<String, byte[]> out = new ProducerRecord<>(topic.name(), null, letter.key(), letter.value());
            for (Header h : letter.headers()) {
                if (!h.key().startsWith("dlq.")) {
                    out.headers().add(h);
                }
            }
            out.headers().add(REDRIVEN_FROM, letter.position().getBytes(StandardCharsets.UTF_8));
            try {
                RecordMetadata sent = producer.send(out).get(30, TimeUnit.SECONDS);
                LOG.warn("dead letter {} (consumer {}) re-driven to {}-{}@{}", letter.position(),
                        letter.header(DeadLetters.CONSUMER), sent.topic(), sent.partition(), sent.offset());
                done.add(new Redriven(letter, sent.topic(), sent.partition(), sent.offset()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeadLetterReadException("interrupted while re-driving " + letter.position(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new DeadLetterReadException("cannot re-drive " + letter.position() + " to " + topic.name()
                        + " (" + done.size() + " of " + letters.size() + " re-driven before it): " + e.getMessage(), e);
            }
        }
        return done;
    }

    /** Kafka could not be read or written in time; nothing after the failure was re-driven. */
    public static final class DeadLetterReadException extends RuntimeException {
        DeadLetterReadException(String message) {
            super(message);
        }

        DeadLetterReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
