package org.sanctionsplatform.assessment.adapters.kafka;

import jakarta.inject.Singleton;
import java.util.List;
import org.sanctionsplatform.assessment.application.AssessmentEvents;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/** Publishes CaseAssessed through the transactional outbox, keyed by case id, a batch's events in one JDBC batch. */
@Singleton
class OutboxAssessmentEvents implements AssessmentEvents {

    private final Outbox outbox;

    OutboxAssessmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void casesWereAssessed(List<Assessed> assessed) {
        List<Outbox.Pending<AssessmentEventEnvelope>> pending = assessed.stream()
                .map(a -> new Outbox.Pending<>(a.assessment().caseId(), a.eventId(),
                        CaseAssessedMapper.toEnvelope(a.assessment(), a.eventId(), a.cause(), a.assessedAt())))
                .toList();
        outbox.appendAll(Topics.ASSESSMENTS, pending);
    }
}
