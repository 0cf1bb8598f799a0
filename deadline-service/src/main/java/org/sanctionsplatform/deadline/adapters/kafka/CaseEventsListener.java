package org.sanctionsplatform.deadline.adapters.kafka;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;

/**
 * Consumes case events. Error strategy (InboundEvents): undecodable records and events that keep failing
 * (e.g. a milestone of a case never opened) go to {@code enforcement.case-events.v1.dlq}; duplicates are skipped.
 */
@KafkaListener(groupId = CaseEventsListener.CONSUMER, offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
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
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.process(CONSUMER, Topics.CASE_EVENTS, record,
                envelope -> mapper.toDomain(envelope).ifPresent(caseDeadlines::apply));
    }
}
