package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a case, in the guidance's words. Each event carries its id, the case id and both times
 * ({@link EventMetadata}), and ids rather than nested aggregates. They become the Avro events of
 * {@code enforcement.case-events.v1} in one adapter.
 */
public sealed interface CaseEvent {

    EventMetadata metadata();

    default CaseId caseId() {
        return metadata().caseId();
    }

    default String eventId() {
        return metadata().eventId();
    }

    record CaseOpened(EventMetadata metadata, CaseReference caseReference, LocalDate openedOn,
                      CaseProcedure procedure, CaseOrigin origin, List<CaseSubject> subjects,
                      CalendarDivision calendarDivision, String summary) implements CaseEvent {
        public CaseOpened {
            Objects.requireNonNull(metadata, "metadata");
            subjects = List.copyOf(subjects);
        }
    }

    record BreachRecorded(EventMetadata metadata, Breach breach) implements CaseEvent {
    }

    record BreachWithdrawn(EventMetadata metadata, BreachId breachId, String reason) implements CaseEvent {
    }

    record VoluntaryDisclosureRecorded(EventMetadata metadata, VoluntaryDisclosure disclosure) implements CaseEvent {
    }

    record CaseFactorsAssessed(EventMetadata metadata, FactorAssessment assessment) implements CaseEvent {
    }

    record ProcedureMilestoneRecorded(EventMetadata metadata, ProcedureMilestone milestone) implements CaseEvent {
    }

    record PenaltyDecisionRecorded(EventMetadata metadata, PenaltyDecision decision) implements CaseEvent {
    }

    record CaseClosed(EventMetadata metadata, CaseClosure closure) implements CaseEvent {
    }

    /** A publication step (issue 10.6): one of the v5 case events PublicationDecisionRecorded … PublicationReleaseAuthorised. */
    record PublicationStepRecorded(EventMetadata metadata, PublicationStep step) implements CaseEvent {
    }
}
