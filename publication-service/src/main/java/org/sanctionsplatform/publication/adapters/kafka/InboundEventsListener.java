package org.sanctionsplatform.publication.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.publication.adapters.kafka.view.AssessmentEventEnvelopeView;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Consumes the case events, the assessments and the deadline events with one consumer, a poll batch at a time:
 * InboundEvents decodes each record by its topic, skips the event ids already processed and runs the batch, whatever
 * topics it holds, in one transaction (if it fails, record by record: retry, then dead letter to the record's topic's
 * DLQ), then commits the batch's offsets itself.
 *
 * <p>One consumer, not one per topic: every event of a case, whichever topic it comes from, locks the case's
 * {@code pub_case} row for its transaction, and a consumer per topic applying the same cases at the same time (an
 * assessment follows its case event within milliseconds) waited on the others' locks: 15.9 s of the 19.9 s of
 * statement time of publication's database in a load run at 40 cases/s was the batch lock's {@code select … for update}
 * waiting (issue "Pipeline speed"). The events of each topic keep their order, and across topics a batch applies them
 * in one of the orders consumers of each topic could have. How many records a poll brings is {@code max.poll.records}
 * of the consumer group ({@code kafka.consumers.publication-service.max.poll.records} in application-publication.yml).
 *
 * <p>The assessments are read through publication's own projection of the topic's schema
 * ({@code src/main/avro/assessment-view.avsc}, {@link org.sanctionsplatform.schemas.Topic#readAs}): what
 * {@link InboundEventMapper} uses of a {@code CaseAssessed}; Avro skips the rest (the explanation's rules and inputs,
 * the findings, the reasons), which decoding whole records spent most of its time on.
 */
@KafkaListener(groupId = Envelopes.PUBLICATION, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED, batch = true)
class InboundEventsListener {

    /** enforcement.assessments.v1 as publication reads it. */
    static final org.sanctionsplatform.schemas.Topic<AssessmentEventEnvelopeView> ASSESSMENTS =
            Topics.ASSESSMENTS.readAs(AssessmentEventEnvelopeView.class);
    /** What publication reads: the review window's expiry (§11.4) and the end of a Disclosure's representations (§12.2) among the deadlines. */
    static final List<org.sanctionsplatform.schemas.Topic<? extends org.apache.avro.specific.SpecificRecordBase>> TOPICS =
            List.of(Topics.CASE_EVENTS, ASSESSMENTS, Topics.DEADLINES);

    private final InboundEvents inbound;
    private final CasePublications publications;

    InboundEventsListener(InboundEvents inbound, CasePublications publications) {
        this.inbound = inbound;
        this.publications = publications;
    }

    @Topic({Topics.CASE_EVENTS_NAME, Topics.ASSESSMENTS_NAME, Topics.DEADLINES_NAME})
    void onEvents(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(Envelopes.PUBLICATION, TOPICS, records, kafkaConsumer, envelopes ->
                publications.onEvents(envelopes.stream().map(InboundEventMapper::received).flatMap(Optional::stream)
                        .toList()));
    }
}
