package org.sanctionsplatform.support.kafka;

import io.micronaut.configuration.kafka.config.AbstractKafkaProducerConfiguration;
import io.micronaut.configuration.kafka.config.DefaultKafkaProducerConfiguration;
import io.micronaut.configuration.kafka.config.KafkaProducerConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one producer of a service, shared by the outbox relay and the dead-letter publisher: already-encoded bytes keyed
 * by case id; idempotent and acks=all, so a record acknowledged is a record kept.
 *
 * <p>It is built from micronaut-kafka's configuration, so whatever is set under {@code kafka.*} (bootstrap servers,
 * TLS, SASL) applies, and {@code kafka.producers.sep-events.*} overrides any producer setting for this client only.
 * Where neither says otherwise it batches for throughput at a small latency cost: {@code linger.ms} 5,
 * {@code batch.size} 64 KiB, {@code compression.type} lz4 (Kafka's recommendations for a producer that sends many small
 * records; the relay sends a whole outbox batch, then flushes).
 */
@Singleton
public class EventProducer {

    /** The name of this producer's own settings: {@code kafka.producers.sep-events.*}. */
    public static final String CLIENT = "sep-events";

    private static final Map<String, Object> DEFAULTS = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.LINGER_MS_CONFIG, "5",
            ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(64 * 1024),
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000",
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");

    private final Producer<String, byte[]> producer;

    public EventProducer(BeanContext beans, DefaultKafkaProducerConfiguration<?, ?> defaults,
                         @Value("${micronaut.application.name:service}") String application) {
        Properties configured = beans.findBean(KafkaProducerConfiguration.class, Qualifiers.byName(CLIENT))
                .map(AbstractKafkaProducerConfiguration::getConfig)
                .orElseGet(defaults::getConfig);
        this.producer = new KafkaProducer<>(properties(configured, application), new StringSerializer(),
                new ByteArraySerializer());
    }

    /** The platform's defaults, then micronaut-kafka's configuration over them; the serializers are this class's. */
    static Properties properties(Properties configured, String application) {
        Properties props = new Properties();
        props.putAll(DEFAULTS);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-events");
        props.putAll(configured);
        props.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        props.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return props;
    }

    public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer.send(record);
    }

    public void flush() {
        producer.flush();
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
