package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/** A change to the inputs of a case's assessment, as told by the case events of intake (DESIGN §2). */
public sealed interface CaseInput {

    record Opened(String caseReference, LocalDate openedOn, Procedure procedure, List<Subject> subjects,
                  CalendarDivision calendarDivision) implements CaseInput {
        public Opened {
            subjects = List.copyOf(subjects);
        }

        public Opened(String caseReference, LocalDate openedOn, Procedure procedure, List<Subject> subjects) {
            this(caseReference, openedOn, procedure, subjects, CalendarDivision.DEFAULT);
        }
    }

    record BreachRecorded(Breach breach) implements CaseInput {
    }

    record BreachWithdrawn(String breachId, String reason) implements CaseInput {
    }

    record DisclosureRecorded(VoluntaryDisclosure disclosure) implements CaseInput {
    }

    record FactorsAssessed(FactorRatings ratings) implements CaseInput {
    }

    record MilestoneRecorded(Milestone milestone) implements CaseInput {
    }

    record PenaltyDecided(PenaltyDecision decision) implements CaseInput {
    }

    record Closed(Closure closure) implements CaseInput {
    }

    /**
     * A case event that tells nothing the assessment uses (since case events v5: the publication decisions, a
     * Disclosure's notice, the text written, shared or released, guidance chapters 11–12). It counts towards the
     * input version like every case event, and changes no input.
     */
    record NotAnInput(String what) implements CaseInput {
    }
}
