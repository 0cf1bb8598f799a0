package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole case given at once (the preview of an assessment): the same inputs the case events carry, in the order
 * intake would emit them. {@link #toCaseFile()} replays them through {@link CaseFile#apply} exactly as the events
 * would be applied, so a preview and the event-driven assessment of the same case agree.
 */
public record CaseDraft(
        String caseId,
        String caseReference,
        LocalDate openedOn,
        Procedure procedure,
        CalendarDivision calendarDivision,
        List<Subject> subjects,
        List<Breach> breaches,
        List<VoluntaryDisclosure> disclosures,
        FactorRatings ratings,
        List<Milestone> milestones,
        List<PenaltyDecision> penaltyDecisions) {

    public CaseDraft {
        subjects = List.copyOf(subjects);
        breaches = List.copyOf(breaches);
        disclosures = List.copyOf(disclosures);
        milestones = List.copyOf(milestones);
        penaltyDecisions = List.copyOf(penaltyDecisions);
    }

    /** Opened, then each breach, disclosure, the factors, each milestone and each penalty decision, in order. */
    public CaseFile toCaseFile() {
        CaseFile file = CaseFile.unopened(caseId).apply(new CaseInput.Opened(caseReference, openedOn, procedure, subjects,
                calendarDivision)).file();
        for (Breach b : breaches) {
            file = file.apply(new CaseInput.BreachRecorded(b)).file();
        }
        for (VoluntaryDisclosure d : disclosures) {
            file = file.apply(new CaseInput.DisclosureRecorded(d)).file();
        }
        if (ratings != null) {
            file = file.apply(new CaseInput.FactorsAssessed(ratings)).file();
        }
        for (Milestone m : milestones) {
            file = file.apply(new CaseInput.MilestoneRecorded(m)).file();
        }
        for (PenaltyDecision p : penaltyDecisions) {
            file = file.apply(new CaseInput.PenaltyDecided(p)).file();
        }
        return file;
    }
}
