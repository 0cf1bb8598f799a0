package org.sanctionsplatform.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.support.audit.Actor;

/** Keeps the latest assessment of each case. */
public interface AssessmentStore {

    /**
     * Keeps these assessments as the latest of their cases (one per case). {@code opened} names the cases whose files
     * the same transaction opened: they have no latest assessment yet, so theirs is inserted without an update tried
     * first (an update per new case that found no row was half of the updates of a live poll batch).
     */
    void saveLatest(List<Latest> latest, Set<String> opened);

    Optional<Latest> latest(String caseId);

    /**
     * An assessment, the id of the CaseAssessed that told it, when it was made, and who caused it: the actor of the
     * case event it was made from (issue 9.3), null when that event carried none.
     */
    record Latest(Assessment assessment, String eventId, Instant assessedAt, Actor actor) {
    }
}
