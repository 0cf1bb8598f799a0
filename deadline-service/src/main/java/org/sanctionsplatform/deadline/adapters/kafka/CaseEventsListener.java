package org.sanctionsplatform.deadline.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;

/**
 * Consumes the case events a poll batch at a time: InboundEvents decodes the batch, skips the event ids already
 * processed and applies the fresh events in one transaction (CaseDeadlines#applyAll), then commits the batch's offsets
 * itself. Error strategy: undecodable records go to {@code enforcement.case-events.v1.dlq} at once; a batch that fails
 * is applied again one event at a time, and an event that keeps failing (e.g. a milestone of a case never opened) is
 * dead-lettered. How many records a poll brings is {@code kafka.consumers.deadline-service.max.poll.records}
 * (application-deadline.yml).
 */
@KafkaListener(groupId = CaseEventsListener.CONSUMER, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED, batch = true)
class CaseEventsListener {

    static final String CONSUMER = "deadline-service";

    private final InboundEvents inbound;
    private final CaseEventMapper mapper;
    private final CaseDeadlines caseDeadlines;

    CaseEventsListener(InboundEvents inbound, CaseEventMapper mapper, CaseDeadlines caseDeadlines) {
        this.inbound = inbound;
        this.mapper = mapper;
        this.caseDeadlines = caseDeadlines;
    }

    @Topic(Topics.CASE_EVENTS_NAME)
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(CONSUMER, Topics.CASE_EVENTS, records, kafkaConsumer, envelopes ->
                caseDeadlines.applyAll(envelopes.stream().map(mapper::toDomain).flatMap(Optional::stream).toList()));
    }
}
