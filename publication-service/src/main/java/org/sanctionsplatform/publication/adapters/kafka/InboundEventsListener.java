package org.sanctionsplatform.publication.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Consumes the case events and the assessments a poll batch at a time: InboundEvents decodes, skips the event ids
 * already processed and runs the batch in one transaction (if it fails, record by record: retry, then dead letter),
 * then commits the batch's offsets itself. How many records a poll brings is {@code max.poll.records} of the consumer
 * group ({@code kafka.consumers.publication-service.max.poll.records} in application-publication.yml).
 */
@KafkaListener(groupId = Envelopes.PUBLICATION, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED, batch = true)
class InboundEventsListener {

    private final InboundEvents inbound;
    private final CasePublications publications;

    InboundEventsListener(InboundEvents inbound, CasePublications publications) {
        this.inbound = inbound;
        this.publications = publications;
    }

    @Topic(Topics.CASE_EVENTS_NAME)
    void onCaseEvents(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(Envelopes.PUBLICATION, Topics.CASE_EVENTS, records, kafkaConsumer, envelopes ->
                publications.onCaseEvents(envelopes.stream().map(InboundEventMapper::caseEvent).toList()));
    }

    /** The review window's expiry (§11.4) and the end of a Disclosure's representations (§12.2). */
    @Topic(Topics.DEADLINES_NAME)
    void onDeadlines(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(Envelopes.PUBLICATION, Topics.DEADLINES, records, kafkaConsumer, envelopes ->
                publications.onDeadlineEvents(envelopes.stream().map(InboundEventMapper::deadlineEvent)
                        .flatMap(java.util.Optional::stream).toList()));
    }

    @Topic(Topics.ASSESSMENTS_NAME)
    void onAssessments(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(Envelopes.PUBLICATION, Topics.ASSESSMENTS, records, kafkaConsumer, envelopes ->
                publications.onCaseAssessments(envelopes.stream().map(InboundEventMapper::assessment).toList()));
    }
}
