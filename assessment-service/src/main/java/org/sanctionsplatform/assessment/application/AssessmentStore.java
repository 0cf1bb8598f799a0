package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.assessment.domain.Assessment;

/** Keeps the latest assessment of each case. */
public interface AssessmentStore {

    /** Keeps these assessments as the latest of their cases (one per case). */
    void saveLatest(List<Latest> latest);

    Optional<Assessment> latest(String caseId);

    /** An assessment, the id of the CaseAssessed that told it, and when it was made. */
    record Latest(Assessment assessment, String eventId, Instant assessedAt) {
    }
}
