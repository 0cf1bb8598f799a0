package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every valid case (the preview's policy finds no problem with it): the penalty is never negative, never above
 * the baseline, never above the statutory maximum; each discount stays within its cap and together within 70% (2026)
 * or 50% (previous guidance); and the assessment does not depend on the order in which the breaches arrived. For every
 * case told by events, even one whose baseline is above the maximum: no discount is taken off more than the maximum.
 */
class PenaltyPropertiesTest {

    private static final Rulebook RULEBOOK = CaseFileFixture.RULEBOOK;
    private static final CaseDraftPolicy POLICY = new CaseDraftPolicy(CaseFileFixture.DUE_DATES);

    @Property(tries = 300)
    void thePenaltyStaysBetweenZeroAndTheBaselineAndTheStatutoryMaximum(@ForAll("validCases") CaseDraft draft) {
        assertThat(POLICY.problems(draft)).isEmpty();
        Assessment a = RULEBOOK.assess(draft.toCaseFile());

        for (SubjectPenalty p : a.penalties()) {
            if (p.finalPenalty() == null) {
                continue;
            }
            assertThat(p.finalPenalty()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(p.finalPenalty()).isLessThanOrEqualTo(p.baseline());
            assertThat(p.finalPenalty()).isLessThanOrEqualTo(a.statutoryMaximum());
            assertThat(p.penaltyAfterDiscounts()).isLessThanOrEqualTo(p.baseline());
        }
    }

    @Property(tries = 300)
    void noDiscountExceedsItsCapAndTogetherTheyStayWithin70Or50Percent(@ForAll("validCases") CaseDraft draft) {
        Assessment a = RULEBOOK.assess(draft.toCaseFile());

        for (SubjectPenalty p : a.penalties()) {
            BigDecimal total = BigDecimal.ZERO;
            for (Discount d : p.discounts()) {
                if (!d.applied()) {
                    continue;
                }
                total = total.add(d.percent());
                assertThat(d.percent()).isPositive();
                switch (d.kind()) {
                    case VOLUNTARY_DISCLOSURE -> assertThat(d.percent()).isLessThanOrEqualTo(
                            DiscountCaps.voluntaryDisclosure(a.rulebook(), a.level()));
                    case EARLY_ACCOUNT_SCHEME -> {
                        assertThat(a.rulebook()).isEqualTo(RulebookVersion.GUIDANCE_2026);
                        assertThat(d.percent()).isLessThanOrEqualTo(new BigDecimal("20"));
                    }
                    case SETTLEMENT -> {
                        assertThat(a.transitional()).isFalse();
                        assertThat(d.percent()).isEqualByComparingTo("20");
                    }
                }
            }
            BigDecimal cap = a.rulebook() == RulebookVersion.GUIDANCE_2026 ? new BigDecimal("70") : new BigDecimal("50");
            assertThat(total).isLessThanOrEqualTo(cap);
            assertThat(p.totalDiscountPercent()).isLessThanOrEqualTo(cap);
        }
    }

    @Property(tries = 300)
    void onTheEventPathNoDiscountIsTakenOffMoreThanTheStatutoryMaximum(@ForAll("validCases") CaseDraft draft,
                                                                       @ForAll("anyBaseline") BigDecimal baseline) {
        // The events may carry what no API accepts: a baseline above the maximum (s.146(2), §6.2).
        List<PenaltyDecision> decisions = draft.penaltyDecisions().stream().map(d -> new PenaltyDecision(d.subjectId(),
                d.decidedOn(), d.decisionMaker(), baseline, null, d.voluntaryDisclosureDiscountPercent(),
                d.earlyAccountDiscountPercent(), d.settlementDiscountClaimed(), d.hardshipReduction(), d.hardshipReason(),
                d.instalmentPlan(), d.rationale())).toList();
        Assessment a = RULEBOOK.assess(new CaseDraft(draft.caseId(), draft.caseReference(), draft.openedOn(),
                draft.procedure(), draft.calendarDivision(), draft.subjects(), draft.breaches(), draft.disclosures(),
                draft.ratings(), draft.milestones(), decisions).toCaseFile());

        for (SubjectPenalty p : a.penalties()) {
            if (p.penaltyAfterDiscounts() == null) {
                continue;
            }
            assertThat(p.baseline()).isLessThanOrEqualTo(a.statutoryMaximum());
            BigDecimal discountedFrom = p.penaltyAfterDiscounts().add(Money.percentOf(p.baseline(), p.totalDiscountPercent()));
            assertThat(discountedFrom).isEqualByComparingTo(p.baseline());
        }
    }

    @Provide
    Arbitrary<BigDecimal> anyBaseline() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30000000")).ofScale(2);
    }

    @Property(tries = 200)
    void theAssessmentDoesNotDependOnTheOrderInWhichBreachesArrive(@ForAll("validCases") CaseDraft draft,
                                                                    @ForAll long seed) {
        List<Breach> shuffled = new ArrayList<>(draft.breaches());
        Collections.shuffle(shuffled, new Random(seed));
        CaseDraft reordered = new CaseDraft(draft.caseId(), draft.caseReference(), draft.openedOn(), draft.procedure(),
                draft.calendarDivision(), draft.subjects(), shuffled, draft.disclosures(),
                draft.ratings(), draft.milestones(), draft.penaltyDecisions());

        assertThat(RULEBOOK.assess(reordered.toCaseFile())).isEqualTo(RULEBOOK.assess(draft.toCaseFile()));
    }

    /** The facts of one generated case besides its breaches. */
    record Facts(SubjectType subjectType, Severity severity, Conduct conduct, boolean[] disclosure, boolean easAgreed,
                 LocalDate notice, int signedAfterDays, int extension) {
    }

    /** The decision maker's figures. */
    record Figures(BigDecimal baseline, BigDecimal voluntaryDisclosure, BigDecimal earlyAccount, boolean settlement,
                   BigDecimal hardship) {
    }

    @Provide
    Arbitrary<CaseDraft> validCases() {
        Arbitrary<Breach> breach = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("40000000")).ofScale(2)
                        .injectNull(0.2),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 6, 14), LocalDate.of(2022, 6, 15),
                        LocalDate.of(2024, 1, 10), LocalDate.of(2025, 7, 1)),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3),
                Arbitraries.integers().between(1, 1_000_000))
                // §5.2: a breach before 15 June 2022 put forward as established carries the knowledge finding.
                .as((value, established, on, knew, id) -> new Breach("b-" + id, "s-1", "MAKING_FUNDS_AVAILABLE", "Russia",
                        "reg. 12", on, value, established,
                        knew == null && established && on.isBefore(LocalDate.of(2022, 6, 15)) ? Boolean.FALSE : knew,
                        null));
        Arbitrary<List<Breach>> breaches = breach.list().ofMinSize(1).ofMaxSize(10)
                .uniqueElements(Breach::breachId);
        Arbitrary<boolean[]> disclosure = Arbitraries.of(true, false).array(boolean[].class).ofSize(5);
        Arbitrary<Facts> facts = Combinators.combine(
                Arbitraries.of(SubjectType.LEGAL_PERSON, SubjectType.INDIVIDUAL),
                Arbitraries.of(Severity.class), Arbitraries.of(Conduct.class), disclosure, Arbitraries.of(true, false),
                Arbitraries.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 9),
                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 21)),
                Arbitraries.integers().between(0, 70), Arbitraries.integers().between(0, 10))
                .as(Facts::new);
        // The baseline as a share of the case's statutory maximum: no API accepts more (s.146(2), §6.2).
        Arbitrary<Figures> figures = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30")).ofScale(2).injectNull(0.2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20")).ofScale(2).injectNull(0.2),
                Arbitraries.of(true, false),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000000")).ofScale(2).injectNull(0.7))
                .as(Figures::new);
        return Combinators.combine(breaches, facts, figures).as(PenaltyPropertiesTest::draft);
    }

    private static CaseDraft draft(List<Breach> breaches, Facts f, Figures n) {
        Subject subject = new Subject("s-1", "Canary", f.subjectType(), null);
        boolean[] d = f.disclosure();
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(new Milestone("m-1", Milestone.NOTICE_OF_INTENTION, f.notice(), null, null));
        if (f.easAgreed()) {
            milestones.add(new Milestone("m-2", Milestone.EAS_AGREED_IN_PRINCIPLE, f.notice().minusMonths(3), null, null));
        }
        // the settlement discussions run only from a notice the Settlement Scheme covers (§6.9): intake refuses an
        // extension of a window the case does not have
        if (f.extension() > 0 && !f.notice().isBefore(LocalDate.of(2026, 2, 9))) {
            milestones.add(new Milestone("m-3", Milestone.WINDOW_EXTENSION_AGREED, f.notice().plusDays(20), null, null,
                    Milestone.SETTLEMENT_DISCUSSIONS, f.extension(), "settlement imminent"));
        }
        if (n.settlement()) {
            milestones.add(new Milestone("m-4", Milestone.SETTLEMENT_AGREEMENT_SIGNED,
                    f.notice().plusDays(f.signedAfterDays()), null, null));
        }
        // A most serious case under the previous guidance caps the disclosure discount at 30%, so claims stay at 30.
        BigDecimal earlyAccount = f.subjectType() == SubjectType.LEGAL_PERSON ? n.earlyAccount() : null;
        BigDecimal maximum = org.sanctionsplatform.guidance.penalty.CaseMaximum.of(breaches.stream()
                .map(b -> new org.sanctionsplatform.guidance.penalty.BreachFunds(b.breachId(),
                        org.sanctionsplatform.guidance.penalty.BreachEstablishment.of(b.breachDate(),
                                b.establishedOnBalanceOfProbabilities(), b.knewOrHadReasonableCauseToSuspect(), null)
                                .established(), b.estimatedValue(), null)).toList()).amount();
        BigDecimal baseline = Money.gbp(maximum.multiply(n.baseline()));
        PenaltyDecision decision = new PenaltyDecision("s-1", f.notice(), "decision maker", baseline, null,
                n.voluntaryDisclosure(), earlyAccount, n.settlement(), n.hardship(),
                n.hardship() == null ? null : "evidenced hardship", null, null);
        return new CaseDraft("case-p", "OFSI-P", LocalDate.of(2025, 8, 1), Procedure.CIVIL_MONETARY_PENALTY,
                CalendarDivision.ENGLAND_AND_WALES, List.of(subject), breaches,
                List.of(new VoluntaryDisclosure("s-1", LocalDate.of(2025, 8, 1), d[0], d[1], d[2], d[3],
                        d[4] ? "co-operated" : null, LocalDate.of(2025, 7, 1), null)),
                new FactorRatings(f.severity(), f.conduct(), null, null, false, null, "officer", f.notice(), List.of()),
                milestones, List.of(decision));
    }
}
