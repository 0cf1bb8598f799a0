package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.support.audit.Actor;

/** Keeps the latest assessment of each case. */
public interface AssessmentStore {

    /** Keeps these assessments as the latest of their cases (one per case). */
    void saveLatest(List<Latest> latest);

    Optional<Latest> latest(String caseId);

    /**
     * An assessment, the id of the CaseAssessed that told it, when it was made, and who caused it: the actor of the
     * case event it was made from (issue 9.3), null when that event carried none.
     */
    record Latest(Assessment assessment, String eventId, Instant assessedAt, Actor actor) {
    }
}
