package org.sanctionsplatform.assessment.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.CaseInput;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Applies a case event to the case's inputs and, when they changed, assesses the case again, keeps the result as
 * the latest assessment and publishes CaseAssessed, all in the transaction of the consumed event.
 */
@Singleton
public class CaseAssessments {

    private final CaseFiles caseFiles;
    private final AssessmentStore assessments;
    private final AssessmentEvents events;
    private final Rulebook rulebook;
    private final Clock clock;

    public CaseAssessments(CaseFiles caseFiles, AssessmentStore assessments, AssessmentEvents events,
                           Rulebook rulebook, Clock clock) {
        this.caseFiles = caseFiles;
        this.assessments = assessments;
        this.events = events;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    @Transactional
    public Optional<Assessment> apply(ReceivedCaseEvent event) {
        CaseFile file = caseFiles.find(event.caseId()).orElseGet(() -> CaseFile.unopened(event.caseId()));
        if (!file.opened() && !(event.input() instanceof CaseInput.Opened)) {
            // Events of a case share a partition, so CaseOpened comes first; anything else is dead-lettered.
            throw new IllegalStateException("case " + event.caseId() + " has not been opened; cannot apply "
                    + event.input().getClass().getSimpleName());
        }
        CaseFile.Applied applied = file.apply(event.input());
        caseFiles.save(applied.file());
        if (!applied.inputsChanged()) {
            return Optional.empty();
        }
        Assessment assessment = rulebook.assess(applied.file());
        Instant now = clock.instant();
        // One CaseAssessed per case event: its id derives from the causing event's id.
        String eventId = Envelopes.deterministicEventId("CaseAssessed", event.eventId());
        assessments.saveLatest(assessment, eventId, now);
        events.caseWasAssessed(assessment, eventId, event, now);
        return Optional.of(assessment);
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> latest(String caseId) {
        return assessments.latest(caseId);
    }
}
