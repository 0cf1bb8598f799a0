package org.sanctionsplatform.assessment.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.assessment.application.CaseAssessments;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Consumes the case events a poll batch at a time: InboundEvents decodes the batch, skips the event ids already
 * processed, and assesses the fresh events in one transaction (a batch that fails is applied again one event at a
 * time: retry, then dead letter); it commits the batch's offsets itself after that transaction. The consumer's
 * settings (max.poll.records, fetch sizes) are those of {@code kafka.consumers.assessment-service} in
 * application-assessment.yml.
 */
@KafkaListener(groupId = Envelopes.ASSESSMENT, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED, batch = true)
class CaseEventsListener {

    private final InboundEvents inbound;
    private final CaseAssessments assessments;

    CaseEventsListener(InboundEvents inbound, CaseAssessments assessments) {
        this.inbound = inbound;
        this.assessments = assessments;
    }

    @Topic(Topics.CASE_EVENTS_NAME)
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(Envelopes.ASSESSMENT, Topics.CASE_EVENTS, records, kafkaConsumer,
                envelopes -> assessments.applyAll(envelopes.stream().map(CaseEventMapper::toDomain).toList()));
    }
}
