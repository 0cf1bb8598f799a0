package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.Optional;
import org.sanctionsplatform.assessment.domain.Assessment;

/** Keeps the latest assessment of each case. */
public interface AssessmentStore {

    void saveLatest(Assessment assessment, String eventId, Instant assessedAt);

    Optional<Assessment> latest(String caseId);
}
