package org.sanctionsplatform.support.consumer;

import io.micronaut.configuration.kafka.config.DefaultKafkaListenerExceptionHandlerConfiguration;
import io.micronaut.configuration.kafka.exceptions.DefaultKafkaListenerExceptionHandler;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that {@link InboundEvents} could neither process nor dead-letter is read again, and again, until it goes
 * one way or the other: its partition is sought back to it. micronaut-kafka's own handling of a listener exception
 * (error strategy NONE) does not seek the failing record's partition back, so the consumer would go on past the
 * record in this session and the next commit on that partition would skip it for good. Every other listener
 * exception is handled as micronaut-kafka does by default.
 */
@Singleton
@Primary
@Replaces(DefaultKafkaListenerExceptionHandler.class)
public class KeptRecordsRedelivery extends DefaultKafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(KeptRecordsRedelivery.class);

    public KeptRecordsRedelivery(DefaultKafkaListenerExceptionHandlerConfiguration configuration) {
        super(configuration);
    }

    @Override
    public void handle(KafkaListenerException exception) {
        Optional<ConsumerRecord<?, ?>> record = exception.getConsumerRecord();
        if (record.isPresent() && kept(exception)) {
            ConsumerRecord<?, ?> kept = record.get();
            exception.getKafkaConsumer().seek(new TopicPartition(kept.topic(), kept.partition()), kept.offset());
            LOG.warn("record {}-{}@{} is read again: it could not be dead-lettered", kept.topic(), kept.partition(),
                    kept.offset());
            return;
        }
        super.handle(exception);
    }

    private static boolean kept(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof InboundEvents.RecordKeptException) {
                return true;
            }
        }
        return false;
    }
}
