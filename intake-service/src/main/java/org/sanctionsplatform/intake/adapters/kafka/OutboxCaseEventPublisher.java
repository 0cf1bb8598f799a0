package org.sanctionsplatform.intake.adapters.kafka;

import jakarta.inject.Singleton;
import java.util.List;
import org.sanctionsplatform.intake.domain.Actor;
import org.sanctionsplatform.intake.domain.CaseEvent;
import org.sanctionsplatform.intake.domain.CaseEventPublisher;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/**
 * Publishes case events through the transactional outbox: each event is a row in the caller's transaction,
 * keyed by case id so all events of a case stay in order on one partition (DESIGN §2, §7).
 */
@Singleton
class OutboxCaseEventPublisher implements CaseEventPublisher {

    private final Outbox outbox;

    OutboxCaseEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(List<CaseEvent> events, String correlationId, Actor actor) {
        for (CaseEvent event : events) {
            outbox.append(Topics.CASE_EVENTS, event.caseId().toString(), event.eventId(),
                    CaseEventAvroMapper.toEnvelope(event, correlationId, actor));
        }
    }
}
