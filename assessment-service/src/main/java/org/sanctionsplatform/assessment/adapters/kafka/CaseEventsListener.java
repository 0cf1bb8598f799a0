package org.sanctionsplatform.assessment.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.assessment.application.CaseAssessments;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Consumes the case events: InboundEvents decodes, skips a redelivered event id, and runs the assessment in one
 * transaction (retry, then dead letter); the offset is committed after each record.
 */
@KafkaListener(groupId = Envelopes.ASSESSMENT, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
class CaseEventsListener {

    private final InboundEvents inbound;
    private final CaseAssessments assessments;

    CaseEventsListener(InboundEvents inbound, CaseAssessments assessments) {
        this.inbound = inbound;
        this.assessments = assessments;
    }

    @Topic(Topics.CASE_EVENTS_NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.process(Envelopes.ASSESSMENT, Topics.CASE_EVENTS, record,
                envelope -> assessments.apply(CaseEventMapper.toDomain(envelope)));
    }
}
