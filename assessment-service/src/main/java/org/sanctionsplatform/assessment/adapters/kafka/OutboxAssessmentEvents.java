package org.sanctionsplatform.assessment.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.sanctionsplatform.assessment.application.AssessmentEvents;
import org.sanctionsplatform.assessment.application.ReceivedCaseEvent;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;

/** Publishes CaseAssessed through the transactional outbox, keyed by case id. */
@Singleton
class OutboxAssessmentEvents implements AssessmentEvents {

    private final Outbox outbox;

    OutboxAssessmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void caseWasAssessed(Assessment assessment, String eventId, ReceivedCaseEvent cause, Instant assessedAt) {
        outbox.append(Topics.ASSESSMENTS, assessment.caseId(), eventId,
                CaseAssessedMapper.toEnvelope(assessment, eventId, cause, assessedAt));
    }
}
