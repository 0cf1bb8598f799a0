package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole case that cannot be assessed is refused with every problem named by its field. */
class CaseDraftPolicyTest {

    private final CaseDraftPolicy policy = new CaseDraftPolicy(CaseFileFixture.DUE_DATES);

    static CaseDraft draft(List<Subject> subjects, List<Breach> breaches, List<Milestone> milestones,
                           List<PenaltyDecision> decisions, FactorRatings ratings, FixedPenaltyHistory history) {
        return new CaseDraft("c", "R", LocalDate.of(2026, 1, 5), Procedure.CIVIL_MONETARY_PENALTY,
                CalendarDivision.ENGLAND_AND_WALES, subjects.stream().map(s -> new Subject(s.subjectId(), s.name(),
                        s.type(), s.officerOfSubjectId(), history)).toList(), breaches, List.of(), ratings, milestones,
                decisions);
    }

    static Breach breach(String id, String value) {
        return new Breach(id, "s-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12", LocalDate.of(2025, 1, 6),
                value == null ? null : new BigDecimal(value), true, null, null);
    }

    static PenaltyDecision decision(String subject, String baseline, String vd, String eas, boolean settlement,
                                    String hardship, String reason) {
        return new PenaltyDecision(subject, LocalDate.of(2026, 3, 9), "dm", baseline == null ? null : new BigDecimal(baseline),
                null, vd == null ? null : new BigDecimal(vd), eas == null ? null : new BigDecimal(eas), settlement,
                hardship == null ? null : new BigDecimal(hardship), reason, null, null);
    }

    @Test
    void aValidCaseHasNoProblem() {
        CaseDraft ok = draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", "100.00")),
                List.of(new Milestone("m-1", Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 2), null, null)),
                List.of(decision("s-1", "500000.00", "30", "20", true, null, null)), null, FixedPenaltyHistory.NONE);

        assertThat(policy.problems(ok)).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        CaseDraft bad = draft(
                List.of(CaseFileFixture.individual(), new Subject("s-2", "X", SubjectType.LEGAL_PERSON, "nobody")),
                List.of(breach("b-1", "-1.00"), breach("b-1", "5.00")),
                List.of(new Milestone("m-0", Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 2), null, null),
                        new Milestone("m-1", Milestone.WINDOW_EXTENSION_AGREED, LocalDate.of(2026, 3, 2), null, null,
                                Milestone.SETTLEMENT_DISCUSSIONS, 11, "settlement imminent")),
                List.of(decision("s-1", "-5.00", "31", "25", true, "100.00", null),
                        decision("s-9", null, "-1", null, false, null, null)),
                new FactorRatings(Severity.LOW, Conduct.NEUTRAL, SeriousnessLevel.LEVEL_3, null, false, null, "o", null,
                        List.of(new FactorFinding(CaseFactor.B_VALUE, FactorEffect.AGGRAVATING, "x"))),
                new FixedPenaltyHistory(-1, new BigDecimal("7000")));

        assertThat(policy.problems(bad)).extracting(InputProblem::field).containsExactlyInAnyOrder(
                "subjects[1].officerOfSubjectId",
                "breaches[0].estimatedValue",
                "breaches[1].breachId",
                "factors.findings[0].effect",
                "factors.levelDepartureReason",
                "milestones[1].extensionBusinessDays",
                "penaltyDecisions[0].baseline",
                "penaltyDecisions[0].voluntaryDisclosureDiscountPercent",
                "penaltyDecisions[0].earlyAccountDiscountPercent",
                "penaltyDecisions[0].earlyAccountDiscountPercent",
                "penaltyDecisions[0].hardshipReason",
                "penaltyDecisions[1].subjectId",
                "penaltyDecisions[1].voluntaryDisclosureDiscountPercent",
                "subjects[0].priorFixedPenaltyWarnings",
                "subjects[0].priorFixedPenalty",
                "subjects[1].priorFixedPenaltyWarnings",
                "subjects[1].priorFixedPenalty");
        assertThat(policy.problems(bad)).filteredOn(p -> p.field().equals("penaltyDecisions[0].earlyAccountDiscountPercent"))
                .extracting(InputProblem::reason)
                .containsExactlyInAnyOrder("the Early Account Scheme discount is at most 20% (§6.7)",
                        "the Early Account Scheme is open to legal persons only, not to individuals (§4.2)");
    }

    @Test
    void aSettlementAgreementWithoutANoticeOfIntentionIsRefused() {
        CaseDraft bad = draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", null)),
                List.of(new Milestone("m-1", Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 3, 2), null, null)),
                List.of(), null, FixedPenaltyHistory.NONE);

        assertThat(policy.problems(bad)).extracting(InputProblem::field).containsExactly("milestones[0].milestone");
    }

    @Test
    void underThePreviousGuidanceASeriousCaseMayClaimUpTo50PercentButNotMore() {
        List<Milestone> notice = List.of(new Milestone("m-1", Milestone.NOTICE_OF_INTENTION, LocalDate.of(2025, 11, 3),
                null, null));
        FactorRatings serious = new FactorRatings(Severity.MEDIUM, Conduct.NEUTRAL, null, null, false, null, "o", null,
                List.of());

        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", null)), notice,
                List.of(decision("s-1", "100.00", "50", null, false, null, null)), serious, null))).isEmpty();
        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", null)), notice,
                List.of(decision("s-1", "100.00", "50.01", null, false, null, null)), serious, null)))
                .extracting(InputProblem::field).containsExactly("penaltyDecisions[0].voluntaryDisclosureDiscountPercent");
    }

    @Test
    void aBaselineAboveTheStatutoryMaximumIsRefusedNamingTheField() {
        // §6.2, s.146(2): one established breach worth £100 → a maximum of £1,000,000.
        List<Milestone> notice = List.of(new Milestone("m-1", Milestone.NOTICE_OF_INTENTION, LocalDate.of(2026, 3, 2),
                null, null));

        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", "100.00")), notice,
                List.of(decision("s-1", "1000000.00", null, null, false, null, null)), null, null))).isEmpty();
        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", "100.00")), notice,
                List.of(decision("s-1", "1000000.01", null, null, false, null, null)), null, null)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("penaltyDecisions[0].baseline");
                    assertThat(p.reason()).contains("statutory maximum of £1,000,000.00", "s.146(2), §6.2");
                });
    }

    @Test
    void aBreachBefore15June2022WithoutTheKnowledgeFindingIsRefusedNamingTheField() {
        // §5.2: without the finding no breach can be found, so the case would silently become NO_BREACH.
        Breach early = new Breach("b-1", "s-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12",
                LocalDate.of(2022, 6, 14), new BigDecimal("100.00"), true, null, null);
        Breach earlyWithFinding = new Breach("b-1", "s-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12",
                LocalDate.of(2022, 6, 14), new BigDecimal("100.00"), true, false, null);

        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(early), List.of(), List.of(), null,
                null))).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("breaches[0].knewOrHadReasonableCauseToSuspect");
                    assertThat(p.reason()).contains("before 15 June 2022", "§5.2");
                });
        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(earlyWithFinding), List.of(),
                List.of(), null, null))).isEmpty();
    }

    @Test
    void aBreachMayShareTheFundsOnlyOfAnotherBreachOfTheCase() {
        Breach second = new Breach("b-2", "s-1", "DEALING_WITH_FROZEN_FUNDS", "Russia", "reg. 11", LocalDate.of(2025, 1, 6),
                new BigDecimal("100.00"), true, null, null, "b-1");
        Breach unknown = new Breach("b-2", "s-1", "DEALING_WITH_FROZEN_FUNDS", "Russia", "reg. 11",
                LocalDate.of(2025, 1, 6), new BigDecimal("100.00"), true, null, null, "b-9");

        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", "100.00"), second),
                List.of(), List.of(), null, null))).isEmpty();
        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", "100.00"), unknown),
                List.of(), List.of(), null, null))).extracting(InputProblem::field)
                .containsExactly("breaches[1].sharesFundsWithBreachId");
    }

    @Test
    void aDisclosureNeedsTheDateTheBreachWasDiscoveredNotAfterTheDisclosure() {
        CaseDraft withoutDate = new CaseDraft("c", "R", LocalDate.of(2026, 1, 5), Procedure.CIVIL_MONETARY_PENALTY,
                CalendarDivision.ENGLAND_AND_WALES, List.of(CaseFileFixture.company()), List.of(breach("b-1", null)),
                List.of(new VoluntaryDisclosure("s-1", LocalDate.of(2025, 2, 1), false, false, false, true, null),
                        new VoluntaryDisclosure("s-1", LocalDate.of(2025, 2, 1), false, false, false, true, null,
                                LocalDate.of(2025, 2, 2), null)),
                null, List.of(), List.of());

        assertThat(policy.problems(withoutDate)).extracting(InputProblem::field, InputProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("disclosures[0].discoveredOn", CaseDraftPolicy.DISCOVERED_ON_REQUIRED),
                org.assertj.core.groups.Tuple.tuple("disclosures[1].discoveredOn", "must not be after disclosedOn"
                        + " (2025-02-01): a breach is disclosed after it is discovered"));
    }

    @Test
    void aSubjectsPenaltyIsEitherOnePenaltyOrNamedComponents() {
        PenaltyDecision single = decision("s-1", "100.00", null, null, false, null, null);
        PenaltyDecision named = new PenaltyDecision("s-1", LocalDate.of(2026, 3, 9), "dm", new BigDecimal("100.00"), null,
                null, null, false, null, null, null, null, "reg. 12");

        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", null)), List.of(),
                List.of(single, named), null, null))).extracting(InputProblem::field)
                .containsExactly("penaltyDecisions[1].component");
    }

    @Test
    void noProblemCitesADocumentOutsideTheProject() {
        List<Milestone> notice = List.of(new Milestone("m-1", Milestone.NOTICE_OF_INTENTION, LocalDate.of(2025, 11, 3),
                null, null));
        FactorRatings serious = new FactorRatings(Severity.MEDIUM, Conduct.NEUTRAL, null, null, false, null, "o", null,
                List.of());

        assertThat(policy.problems(draft(List.of(CaseFileFixture.company()), List.of(breach("b-1", null)), notice,
                List.of(decision("s-1", "100.00", "50.01", null, false, null, null)), serious, null)))
                .extracting(InputProblem::reason).allSatisfy(r -> assertThat(r).doesNotContain("DESIGN"));
    }
}
