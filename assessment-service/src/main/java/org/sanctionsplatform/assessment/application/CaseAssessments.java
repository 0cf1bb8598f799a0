package org.sanctionsplatform.assessment.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.CaseFile;
import org.sanctionsplatform.assessment.domain.CaseInput;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.support.events.Envelopes;

/**
 * Applies case events to the cases' inputs and, after each event that changed them, assesses the case again,
 * keeps the result as the latest assessment and publishes CaseAssessed, all in the transaction of the consumed
 * events (a poll batch, or one event).
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

    /**
     * Applies the events in the order given. Each case's events are applied in their order to its file, read once;
     * each event that changes the inputs is assessed at once, as it would be alone (one CaseAssessed per such event,
     * its id derived from the event's, carrying the inputVersion after that event); then each file and the last
     * assessment of each case are written once, and the CaseAssessed events appended in the order of their causes.
     *
     * @return the assessments made, in the order of the events that caused them
     * @throws IllegalStateException when an event of a case that has not been opened comes first: the whole batch
     *                               fails (the caller then applies it one event at a time, and that event is
     *                               dead-lettered)
     */
    @Transactional
    public List<Assessment> applyAll(List<ReceivedCaseEvent> received) {
        if (received.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> byCase = new LinkedHashMap<>();
        for (int i = 0; i < received.size(); i++) {
            byCase.computeIfAbsent(received.get(i).caseId(), id -> new ArrayList<>()).add(i);
        }
        Map<String, CaseFile> stored = caseFiles.findAll(byCase.keySet());

        AssessmentEvents.Assessed[] madeByEvent = new AssessmentEvents.Assessed[received.size()];
        List<CaseFiles.Change> changes = new ArrayList<>(byCase.size());
        List<AssessmentStore.Latest> latest = new ArrayList<>(byCase.size());
        Set<String> opened = new HashSet<>();
        byCase.forEach((caseId, indexes) -> {
            CaseFile before = stored.get(caseId);
            CaseFile file = before != null ? before : CaseFile.unopened(caseId);
            if (before == null) {
                opened.add(caseId);
            }
            AssessmentStore.Latest last = null;
            for (int i : indexes) {
                ReceivedCaseEvent event = received.get(i);
                CaseFile.Applied applied = apply(file, event);
                file = applied.file();
                if (applied.inputsChanged()) {
                    Assessment assessment = rulebook.assess(file);
                    Instant now = clock.instant();
                    // One CaseAssessed per case event: its id derives from the causing event's id, and sorts with it.
                    String eventId = Envelopes.deterministicEventIdAfter(event.eventId(), "CaseAssessed", event.eventId());
                    madeByEvent[i] = new AssessmentEvents.Assessed(assessment, eventId, event, now);
                    last = new AssessmentStore.Latest(assessment, eventId, now, event.actor());
                }
            }
            changes.add(new CaseFiles.Change(before, file));
            if (last != null) {
                latest.add(last);
            }
        });

        caseFiles.saveAll(changes);
        assessments.saveLatest(latest, opened);
        List<AssessmentEvents.Assessed> made = Arrays.stream(madeByEvent).filter(Objects::nonNull).toList();
        events.casesWereAssessed(made);
        return made.stream().map(AssessmentEvents.Assessed::assessment).toList();
    }

    /** The latest assessment of the case, with when it was made and who caused it. */
    @Transactional(readOnly = true)
    public Optional<AssessmentStore.Latest> latest(String caseId) {
        return assessments.latest(caseId);
    }

    private static CaseFile.Applied apply(CaseFile file, ReceivedCaseEvent event) {
        if (!file.opened() && !(event.input() instanceof CaseInput.Opened)) {
            // Events of a case share a partition, so CaseOpened comes first; anything else is dead-lettered.
            throw new IllegalStateException("case " + event.caseId() + " has not been opened; cannot apply "
                    + event.input().getClass().getSimpleName());
        }
        return file.apply(event.input());
    }
}
