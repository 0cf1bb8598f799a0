package org.sanctionsplatform.support.consumer;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.support.kafka.EventProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.sanctionsplatform.schemas.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record a consumer cannot process to {@code <topic>.dlq}: the original key and bytes, and headers
 * naming the error class, its message, the consumer, and the source topic, partition and offset.
 */
@Singleton
public class DeadLetters {

    public static final String ERROR_CLASS = "dlq.error.class";
    public static final String ERROR_MESSAGE = "dlq.error.message";
    public static final String CONSUMER = "dlq.consumer";
    public static final String SOURCE_TOPIC = "dlq.source.topic";
    public static final String SOURCE_PARTITION = "dlq.source.partition";
    public static final String SOURCE_OFFSET = "dlq.source.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProducer producer;

    public DeadLetters(EventProducer producer) {
        this.producer = producer;
    }

    /** Publishes synchronously; throws if the dead-letter topic cannot be written, so the record is not skipped. */
    public void send(String consumer, ConsumerRecord<String, byte[]> record, Throwable reason) {
        String dlq = record.topic() + Topic.DLQ_SUFFIX;
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(dlq, null, record.key(), record.value());
        Headers h = out.headers();
        record.headers().forEach(h::add);
        h.add(ERROR_CLASS, bytes(reason.getClass().getName()));
        h.add(ERROR_MESSAGE, bytes(messageOf(reason)));
        h.add(CONSUMER, bytes(consumer));
        h.add(SOURCE_TOPIC, bytes(record.topic()));
        h.add(SOURCE_PARTITION, bytes(Integer.toString(record.partition())));
        h.add(SOURCE_OFFSET, bytes(Long.toString(record.offset())));
        try {
            producer.send(out).get(30, TimeUnit.SECONDS);
            LOG.warn("{}: record {}-{}@{} dead-lettered to {}: {}", consumer, record.topic(), record.partition(),
                    record.offset(), dlq, messageOf(reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering to " + dlq, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot dead-letter a record to " + dlq + ": " + e.getMessage(), e);
        }
    }

    /** The reason's message; a throwable without one (a StackOverflowError) is named by its class. */
    private static String messageOf(Throwable reason) {
        return reason.getMessage() == null ? reason.getClass().getSimpleName() + " (no message)" : reason.getMessage();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
