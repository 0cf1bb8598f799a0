package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds case files the way the case events would: every change goes through {@link CaseFile#apply}. */
final class CaseFileFixture {

    static final LocalDate AFTER_2022 = LocalDate.of(2025, 11, 4);
    static final LocalDate BEFORE_15_JUNE_2022 = LocalDate.of(2022, 6, 14);

    /** Immutable, shared: building the three business calendars once keeps the tests quick. */
    static final org.sanctionsplatform.guidance.windows.DueDates DUE_DATES =
            new org.sanctionsplatform.guidance.windows.DueDates(org.sanctionsplatform.calendar.BusinessCalendars.standard());
    static final Rulebook RULEBOOK = new Rulebook(BaselineBands.asPublished(), DUE_DATES);

    private CaseFile file;
    private int breaches;
    private int milestones;

    private CaseFileFixture(CaseFile file) {
        this.file = file;
    }

    /** An opened civil-penalty case against one company, with nothing else recorded. */
    static CaseFileFixture aCase() {
        CaseFileFixture fixture = new CaseFileFixture(CaseFile.unopened("case-1"));
        return fixture.with(new CaseInput.Opened("OFSI-2026-0001", LocalDate.of(2026, 3, 2),
                Procedure.CIVIL_MONETARY_PENALTY,
                List.of(new Subject("s-1", "Canary Trading Ltd", SubjectType.LEGAL_PERSON, null))));
    }

    /** An opened case with one established breach worth £100,000 (so the maximum is £1,000,000). */
    static CaseFileFixture aCaseWithAnEstablishedBreach() {
        return aCase().withBreachWorth("100000.00");
    }

    CaseFileFixture with(CaseInput input) {
        file = file.apply(input).file();
        return this;
    }

    CaseFileFixture withBreachWorth(String value) {
        return withBreach(AFTER_2022, value == null ? null : new BigDecimal(value), true, null);
    }

    CaseFileFixture withBreach(LocalDate on, BigDecimal value, boolean balanceOfProbabilities, Boolean knew) {
        breaches++;
        return with(new CaseInput.BreachRecorded(new Breach("b-" + breaches, "s-1", "MAKING_FUNDS_AVAILABLE",
                "Russia", "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12", on, value,
                balanceOfProbabilities, knew, null)));
    }

    CaseFileFixture withdrawing(String breachId) {
        return with(new CaseInput.BreachWithdrawn(breachId, "recorded in error"));
    }

    CaseFileFixture rated(Severity severity, Conduct conduct) {
        return with(new CaseInput.FactorsAssessed(new FactorRatings(severity, conduct, null, null, false, null,
                "officer", LocalDate.of(2026, 3, 10), List.of())));
    }

    CaseFileFixture ratedWithFindings(Severity severity, Conduct conduct, FactorFinding... findings) {
        return with(new CaseInput.FactorsAssessed(new FactorRatings(severity, conduct, null, null, false, null,
                "officer", LocalDate.of(2026, 3, 10), List.of(findings))));
    }

    CaseFileFixture ratedWithDecidedLevel(Severity severity, Conduct conduct, SeriousnessLevel decided, String reason) {
        return with(new CaseInput.FactorsAssessed(new FactorRatings(severity, conduct, decided, reason, false, null,
                "officer", LocalDate.of(2026, 3, 10), List.of())));
    }

    CaseFileFixture ratedButPublicInterestStopsAction(Severity severity, Conduct conduct) {
        return with(new CaseInput.FactorsAssessed(new FactorRatings(severity, conduct, null, null, true,
                "disproportionate use of public resources", "officer", LocalDate.of(2026, 3, 10), List.of())));
    }

    CaseFileFixture withNoticeOfIntentionOn(LocalDate date) {
        milestones++;
        return with(new CaseInput.MilestoneRecorded(new Milestone("m-" + milestones, Milestone.NOTICE_OF_INTENTION,
                date, null, null)));
    }

    /** A case opened with the given subjects, each with the given fixed-penalty history, and procedure. */
    static CaseFileFixture aCase(Procedure procedure, FixedPenaltyHistory history, Subject... subjects) {
        CaseFileFixture fixture = new CaseFileFixture(CaseFile.unopened("case-1"));
        List<Subject> withHistory = java.util.Arrays.stream(subjects)
                .map(s -> new Subject(s.subjectId(), s.name(), s.type(), s.officerOfSubjectId(), history)).toList();
        return fixture.with(new CaseInput.Opened("OFSI-2026-0001", LocalDate.of(2026, 3, 2), procedure,
                withHistory, CalendarDivision.ENGLAND_AND_WALES));
    }

    /** A case opened with the given subjects, each keeping its own fixed-penalty history (Figure 13A is per person). */
    static CaseFileFixture aCaseAgainst(Procedure procedure, Subject... subjects) {
        CaseFileFixture fixture = new CaseFileFixture(CaseFile.unopened("case-1"));
        return fixture.with(new CaseInput.Opened("OFSI-2026-0001", LocalDate.of(2026, 3, 2), procedure,
                List.of(subjects), CalendarDivision.ENGLAND_AND_WALES));
    }

    static Subject aCompanyWithHistory(String subjectId, String name, int priorWarnings, String priorFixedPenalty) {
        return new Subject(subjectId, name, SubjectType.LEGAL_PERSON, null, new FixedPenaltyHistory(priorWarnings,
                priorFixedPenalty == null ? null : new BigDecimal(priorFixedPenalty)));
    }

    /** A breach of the given type by the given subject, after 15 June 2022. */
    CaseFileFixture withBreachOfTypeBy(String subjectId, String type, String value) {
        breaches++;
        return with(new CaseInput.BreachRecorded(new Breach("b-" + breaches, subjectId, type, "Russia",
                "The Russia (Sanctions) (EU Exit) Regulations 2019", AFTER_2022.plusDays(breaches),
                value == null ? null : new BigDecimal(value), true, null, null)));
    }

    static Subject company() {
        return new Subject("s-1", "Canary Trading Ltd", SubjectType.LEGAL_PERSON, null);
    }

    static Subject individual() {
        return new Subject("s-1", "Jane Canary", SubjectType.INDIVIDUAL, null);
    }

    CaseFileFixture withBreachOfType(String type, String value) {
        breaches++;
        return with(new CaseInput.BreachRecorded(new Breach("b-" + breaches, "s-1", type, "Russia",
                "The Russia (Sanctions) (EU Exit) Regulations 2019", AFTER_2022, value == null ? null : new BigDecimal(value),
                true, null, null)));
    }

    /** The breach was discovered on 10 November 2025 and disclosed ten days later, on 20 November (prompt, §6.5). */
    static final LocalDate DISCOVERED = LocalDate.of(2025, 11, 10);
    static final LocalDate DISCLOSED = LocalDate.of(2025, 11, 20);

    CaseFileFixture withDisclosure(boolean requestedByOfsi, boolean ofsiAware, boolean compelled, boolean complete,
                                   String cooperation) {
        return with(new CaseInput.DisclosureRecorded(new VoluntaryDisclosure("s-1", DISCLOSED,
                requestedByOfsi, ofsiAware, compelled, complete, cooperation, DISCOVERED, null)));
    }

    /** A voluntary, complete disclosure made {@code daysAfterDiscovery} days after the breach was discovered. */
    CaseFileFixture withVoluntaryCompleteDisclosureAfter(int daysAfterDiscovery) {
        return with(new CaseInput.DisclosureRecorded(new VoluntaryDisclosure("s-1", DISCOVERED.plusDays(daysAfterDiscovery),
                false, false, false, true, "full co-operation", DISCOVERED, null)));
    }

    /** A voluntary, complete disclosure made on the subject's behalf by its parent or group company. */
    CaseFileFixture withDisclosureMadeBy(String subjectId, String parent) {
        return with(new CaseInput.DisclosureRecorded(new VoluntaryDisclosure(subjectId, DISCLOSED, false, false, false,
                true, "group compliance team shared its investigation", DISCOVERED, parent)));
    }

    /** A penalty decision for one named component of the subject's penalty. */
    CaseFileFixture withComponentDecision(String subjectId, String component, LocalDate on, String baseline,
                                          String voluntaryDisclosure) {
        return with(new CaseInput.PenaltyDecided(new PenaltyDecision(subjectId, on, "decision maker",
                new BigDecimal(baseline), null, voluntaryDisclosure == null ? null : new BigDecimal(voluntaryDisclosure),
                null, false, null, null, null, "as assessed", component)));
    }

    CaseFileFixture withVoluntaryCompleteDisclosure() {
        return withDisclosure(false, false, false, true, "full co-operation, internal investigation shared");
    }

    CaseFileFixture withMilestone(String type, LocalDate on) {
        milestones++;
        return with(new CaseInput.MilestoneRecorded(new Milestone("m-" + milestones, type, on, null, null)));
    }

    CaseFileFixture withExtension(String window, int businessDays, LocalDate on) {
        milestones++;
        return with(new CaseInput.MilestoneRecorded(new Milestone("m-" + milestones, Milestone.WINDOW_EXTENSION_AGREED,
                on, null, null, window, businessDays, "agreed on evidence")));
    }

    /** An extension recorded as a correction of the milestone {@code correctsMilestoneId} (ids are m-1, m-2 … in order). */
    CaseFileFixture withCorrectedExtension(String correctsMilestoneId, String window, int businessDays, LocalDate on) {
        milestones++;
        return with(new CaseInput.MilestoneRecorded(new Milestone("m-" + milestones, Milestone.WINDOW_EXTENSION_AGREED,
                on, null, correctsMilestoneId, window, businessDays, "agreed on evidence")));
    }

    CaseFileFixture withDecision(String subjectId, LocalDate on, String baseline, String voluntaryDisclosure,
                                 String earlyAccount, boolean settlement) {
        return withDecision(subjectId, on, baseline, voluntaryDisclosure, earlyAccount, settlement, null, null, null);
    }

    CaseFileFixture withDecision(String subjectId, LocalDate on, String baseline, String voluntaryDisclosure,
                                 String earlyAccount, boolean settlement, String hardship, String hardshipReason,
                                 String instalments) {
        return with(new CaseInput.PenaltyDecided(new PenaltyDecision(subjectId, on, "decision maker",
                baseline == null ? null : new BigDecimal(baseline), null,
                voluntaryDisclosure == null ? null : new BigDecimal(voluntaryDisclosure),
                earlyAccount == null ? null : new BigDecimal(earlyAccount), settlement,
                hardship == null ? null : new BigDecimal(hardship), hardshipReason, instalments, "as assessed")));
    }

    CaseFileFixture withPenaltyDecision(LocalDate on, String baseline) {
        return withPenaltyDecision(on, baseline, null);
    }

    CaseFileFixture withPenaltyDecision(LocalDate on, String baseline, String departureReason) {
        return with(new CaseInput.PenaltyDecided(new PenaltyDecision("s-1", on, "decision maker",
                baseline == null ? null : new BigDecimal(baseline), departureReason, new BigDecimal("30.00"), null,
                false, null, null, null, "as assessed")));
    }

    CaseFile build() {
        return file;
    }

    Assessment assessed() {
        return RULEBOOK.assess(file);
    }
}
