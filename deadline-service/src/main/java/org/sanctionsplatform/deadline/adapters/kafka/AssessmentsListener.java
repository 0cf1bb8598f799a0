package org.sanctionsplatform.deadline.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.application.InboundAssessment;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.deadline.adapters.kafka.view.ActorView;
import org.sanctionsplatform.deadline.adapters.kafka.view.AssessmentEventView;
import org.sanctionsplatform.deadline.adapters.kafka.view.CaseAssessedView;
import org.sanctionsplatform.deadline.adapters.kafka.view.FixedPenaltyView;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.audit.Actor;

/**
 * Consumes the assessments for one fact: whether a case runs the halved fixed-penalty timeframes (CaseAssessed
 * {@code halvedWindows}, §13.3), a poll batch at a time in one transaction (CaseDeadlines#assessedAll). Same error
 * strategy as the case events: undecodable or persistently failing records go to {@code enforcement.assessments.v1.dlq};
 * duplicates are skipped. Its group id has a dot, which micronaut-kafka's {@code kafka.consumers.<group id>} cannot
 * name, so its consumer settings are given here: {@code sep.consumer.max-poll-records} (else 500),
 * {@code sep.consumer.fetch-min-bytes} (else 65536) and {@code sep.consumer.fetch-max-wait-ms} (else 20), as for the
 * service's other listener (application-deadline.yml).
 *
 * <p>It reads the records through its own projection of the topic's schema ({@code src/main/avro/assessment-view.avsc},
 * {@link org.sanctionsplatform.schemas.Topic#readAs}): of a {@code CaseAssessed} (about 3 KB for a small case, mostly the explanation) it builds
 * only the envelope's ids, its actor and the two facts above; Avro skips the rest. Decoding whole records was 29–31 % of
 * this service's consumer time in a replay (docs/BENCHMARKS.md, fifteenth session).
 */
@KafkaListener(groupId = AssessmentsListener.GROUP, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED, batch = true,
        properties = {
            @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "${sep.consumer.max-poll-records:500}"),
            @Property(name = ConsumerConfig.FETCH_MIN_BYTES_CONFIG, value = "${sep.consumer.fetch-min-bytes:65536}"),
            @Property(name = ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, value = "${sep.consumer.fetch-max-wait-ms:20}")})
class AssessmentsListener {

    /** Its own consumer group, so that joining it does not rebalance the case-events consumers. */
    static final String GROUP = "deadline-service.assessments";
    /** enforcement.assessments.v1 as this listener reads it. */
    static final org.sanctionsplatform.schemas.Topic<AssessmentEventView> ASSESSMENTS = Topics.ASSESSMENTS.readAs(AssessmentEventView.class);

    private final InboundEvents inbound;
    private final CaseDeadlines caseDeadlines;

    AssessmentsListener(InboundEvents inbound, CaseDeadlines caseDeadlines) {
        this.inbound = inbound;
        this.caseDeadlines = caseDeadlines;
    }

    @Topic(Topics.ASSESSMENTS_NAME)
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> kafkaConsumer) {
        inbound.processBatch(CaseEventsListener.CONSUMER, ASSESSMENTS, records, kafkaConsumer, envelopes ->
                caseDeadlines.assessedAll(envelopes.stream().map(AssessmentsListener::toDomain).flatMap(Optional::stream)
                        .toList()));
    }

    static Optional<InboundAssessment> toDomain(AssessmentEventView envelope) {
        if (!(envelope.getPayload() instanceof CaseAssessedView assessed)) {
            return Optional.empty();
        }
        ActorView actor = envelope.getActor();
        return Optional.of(new InboundAssessment(new CaseId(envelope.getCaseId()), fixedPenaltyTerms(assessed),
                new Causation(envelope.getEventId(), Optional.ofNullable(envelope.getCorrelationId()),
                        envelope.getOccurredAt(), Optional.ofNullable(actor == null ? null
                                : new Actor(actor.getSubject(), actor.getName(), actor.getRole())))));
    }

    /** Halved when flagged; the full process when the fixed-penalty assessment escalates; otherwise undecided. */
    static Optional<Boolean> fixedPenaltyTerms(CaseAssessedView assessed) {
        if (assessed.getHalvedWindows()) {
            return Optional.of(true);
        }
        FixedPenaltyView fixed = assessed.getFixedPenalty();
        return fixed != null && fixed.getEscalateToFullProcess() ? Optional.of(false) : Optional.empty();
    }
}
