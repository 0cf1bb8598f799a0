package org.sanctionsplatform.intake.adapters.kafka;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.intake.domain.Actor;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.CaseEventPublisher;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;
import org.sanctionsplatform.support.persistence.TransactionWrites;

/**
 * Publishes case events through the transactional outbox: each event is a row in the caller's transaction,
 * keyed by case id so all events of a case stay in order on one partition (DESIGN §2, §7).
 */
@Singleton
class OutboxCaseEventPublisher implements CaseEventPublisher {

    private final Outbox outbox;
    private final TransactionWrites writes;

    OutboxCaseEventPublisher(Outbox outbox, TransactionWrites writes) {
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public void publish(List<CaseEvent> events, String correlationId, Actor actor) {
        List<Outbox.Pending<CaseEventEnvelope>> pending = new ArrayList<>(events.size());
        for (CaseEvent event : events) {
            pending.add(new Outbox.Pending<>(event.caseId().toString(), event.eventId(),
                    CaseEventAvroMapper.toEnvelope(event, correlationId, actor)));
        }
        // the events of one request, in their order, gathered with the request's other writes (one round trip)
        outbox.appendAll(Topics.CASE_EVENTS, pending, writes);
    }
}
