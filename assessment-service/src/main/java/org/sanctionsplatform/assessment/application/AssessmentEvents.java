package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import org.sanctionsplatform.assessment.domain.Assessment;

/** Tells the other services that a case was assessed (CaseAssessed on the assessments topic). */
public interface AssessmentEvents {

    /**
     * Publishes the assessment in the caller's transaction.
     *
     * @param eventId   the id of the CaseAssessed event
     * @param cause     the case event that caused this assessment
     * @param assessedAt when the assessment was made
     */
    void caseWasAssessed(Assessment assessment, String eventId, ReceivedCaseEvent cause, Instant assessedAt);
}
