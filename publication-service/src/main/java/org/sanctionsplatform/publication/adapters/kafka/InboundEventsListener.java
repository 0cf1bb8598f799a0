package org.sanctionsplatform.publication.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Consumes the case events and the assessments: InboundEvents decodes, skips a redelivered event id and runs the
 * handler in one transaction (retry, then dead letter); the offset is committed after each record.
 */
@KafkaListener(groupId = Envelopes.PUBLICATION, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
class InboundEventsListener {

    private final InboundEvents inbound;
    private final CasePublications publications;

    InboundEventsListener(InboundEvents inbound, CasePublications publications) {
        this.inbound = inbound;
        this.publications = publications;
    }

    @Topic(Topics.CASE_EVENTS_NAME)
    void onCaseEvent(ConsumerRecord<String, byte[]> record) {
        inbound.process(Envelopes.PUBLICATION, Topics.CASE_EVENTS, record, envelope -> publications.onCaseEvent(
                envelope.getCaseId(), InboundEventMapper.change(envelope), InboundEventMapper.cause(envelope)));
    }

    @Topic(Topics.ASSESSMENTS_NAME)
    void onAssessment(ConsumerRecord<String, byte[]> record) {
        inbound.process(Envelopes.PUBLICATION, Topics.ASSESSMENTS, record, envelope -> publications.onCaseAssessed(
                envelope.getCaseId(), InboundEventMapper.assessedCase(envelope), InboundEventMapper.cause(envelope)));
    }
}
