package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.List;
import org.sanctionsplatform.assessment.domain.Assessment;

/** Tells the other services that cases were assessed (CaseAssessed on the assessments topic). */
public interface AssessmentEvents {

    /** Publishes the assessments in the caller's transaction, in the order given (each case's in the order made). */
    void casesWereAssessed(List<Assessed> assessed);

    /**
     * One CaseAssessed.
     *
     * @param eventId    the id of the CaseAssessed event
     * @param cause      the case event that caused this assessment
     * @param assessedAt when the assessment was made
     */
    record Assessed(Assessment assessment, String eventId, ReceivedCaseEvent cause, Instant assessedAt) {
    }
}
