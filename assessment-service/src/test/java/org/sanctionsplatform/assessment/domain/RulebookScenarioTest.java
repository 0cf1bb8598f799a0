package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One narrated case per guidance version, told from the first breach to the penalty a notice of intention states. */
class RulebookScenarioTest {

    static final Subject DIRECTOR = new Subject("s-2", "John Canary", SubjectType.INDIVIDUAL, "s-1");

    /**
     * Under the 2026 guidance. Canary Trading Ltd made funds available to a designated person three times. The 2021
     * payment cannot be a breach: the company neither knew nor had reasonable cause to suspect (§5.2). The two 2025
     * payments, worth £2,500,000 and £1,500,000, are established: the statutory maximum is half their £4,000,000,
     * £2,000,000 (§6.2). The officer finds value and harm high, rates severity HIGH and conduct NEUTRAL: Figure 5A
     * says Level 3, but the decision maker departs to Level 4 for the lasting harm (§5.8). The baseline of £1,600,000
     * lies in the Level 4 band of £1,500,000 to £2,000,000. The company disclosed voluntarily and completely (30%),
     * OFSI agreed to its early account (20%), and it signed the settlement agreement inside the window (20%): 70%
     * off, once, leaves £480,000. Its director, an officer of the body (s.148), is assessed separately: £40,000.
     */
    @Test
    void aCompanyAndItsDirectorUnderThe2026Guidance() {
        LocalDate notice = LocalDate.of(2026, 3, 2);
        Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company(), DIRECTOR)
                .withBreach(LocalDate.of(2021, 5, 4), new BigDecimal("900000.00"), true, false)
                .withBreach(LocalDate.of(2025, 3, 3), new BigDecimal("2500000.00"), true, null)
                .withBreach(LocalDate.of(2025, 4, 7), new BigDecimal("1500000.00"), true, null)
                .withVoluntaryCompleteDisclosure()
                .with(new CaseInput.FactorsAssessed(new FactorRatings(Severity.HIGH, Conduct.NEUTRAL,
                        SeriousnessLevel.LEVEL_4, "severe and lasting harm to the regime's objectives", false, null,
                        "case officer", LocalDate.of(2026, 2, 20), List.of(
                        new FactorFinding(CaseFactor.B_VALUE, FactorEffect.HIGH, "£4m in two payments"),
                        new FactorFinding(CaseFactor.D_HARM_OR_RISK_OF_HARM, FactorEffect.HIGH, "funds reached a DP"),
                        new FactorFinding(CaseFactor.F_AWARENESS_OF_SANCTIONS_RISK, FactorEffect.NEUTRAL,
                                "screening in place, one gap")))))
                .withMilestone(Milestone.EAS_AGREED_IN_PRINCIPLE, LocalDate.of(2025, 9, 1))
                .withNoticeOfIntentionOn(notice)
                .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 4, 1))
                .withDecision("s-1", LocalDate.of(2026, 2, 25), "1600000.00", "30", "20", true)
                .withDecision("s-2", LocalDate.of(2026, 2, 25), "40000.00", null, null, false)
                .assessed();

        assertThat(a.rulebook()).isEqualTo(RulebookVersion.GUIDANCE_2026);
        assertThat(a.breaches()).extracting(BreachAssessment::established).containsExactly(false, true, true);
        assertThat(a.statutoryMaximum()).isEqualTo(new BigDecimal("2000000.00"));
        assertThat(a.suggestedSeverity()).isEqualTo(Severity.HIGH);
        assertThat(a.indicativeLevel()).isEqualTo(SeriousnessLevel.LEVEL_3);
        assertThat(a.level()).isEqualTo(SeriousnessLevel.LEVEL_4);
        assertThat(a.likelyOutcome()).isEqualTo(LikelyOutcome.REFERRAL_OR_PENALTY);
        assertThat(a.baselineBand().lowerAmount()).isEqualTo(new BigDecimal("1500000.00"));
        SubjectPenalty company = a.penalties().get(0);
        assertThat(company.baselineOutsideBand()).isFalse();
        assertThat(company.totalDiscountPercent()).isEqualByComparingTo("70");
        assertThat(company.finalPenalty()).isEqualTo(new BigDecimal("480000.00"));
        SubjectPenalty director = a.penalties().get(1);
        assertThat(director.officerOfSubjectId()).isEqualTo("s-1");
        assertThat(director.finalPenalty()).isEqualTo(new BigDecimal("40000.00"));

        // The explanation a notice of intention quotes: every step numbered, sourced and worded.
        assertThat(a.explanation()).extracting(ExplanationStep::rule).startsWith(
                RulebookVersionRule.NAME, BreachEstablishedRule.NAME, BreachEstablishedRule.NAME,
                StatutoryMaximumRule.NAME, SuggestedRatingsRule.NAME, SeriousnessMatrix.NAME,
                LevelDecisionRule.NAME, LikelyOutcomeRule.NAME, BaselineBandRule.NAME, BaselinePenaltyRule.NAME,
                VoluntaryDisclosureDiscountRule.NAME, EarlyAccountDiscountRule.NAME, SettlementDiscountRule.NAME,
                DiscountsAppliedRule.NAME, FinancialHardshipRule.NAME, OfficerOfBodyRule.NAME);
        assertThat(a.explanation()).allSatisfy(s -> assertThat(s.section()).isNotBlank());
        assertThat(SeriousnessAndOutcomeTest.step(a, StatutoryMaximumRule.NAME).outcome()).isEqualTo(
                "£2,000,000.00: the greater of £1,000,000.00 and 50% of the aggregated value £4,000,000.00 of 2"
                + " established breaches");
        assertThat(SeriousnessAndOutcomeTest.step(a, LevelDecisionRule.NAME).outcome())
                .contains("Level 4 (very high) decided, departing from the indicative Level 3 (high)");
        assertThat(SeriousnessAndOutcomeTest.step(a, DiscountsAppliedRule.NAME).outcome()).isEqualTo(
                "Canary Trading Ltd: discounts 30% voluntary disclosure and co-operation + 20% Early Account Scheme"
                + " + 20% settlement = 70%; £1,600,000.00 less 70% = £480,000.00");
    }

    /**
     * Under the previous guidance. A notice of intention went out on 1 December 2025, before the 2026 guidance: the
     * case keeps the previous guidance and is transitional (§5 introduction, §6.9). Medium severity with aggravating
     * conduct was "serious": a penalty with a baseline up to 50% of the £1,000,000 maximum. The voluntary disclosure
     * earns up to 50%. The company asked for an EAS discount and settled in February 2026, but the previous guidance
     * had no EAS, and a transitional settlement carries no 20% discount: £400,000 less 50% is £200,000, paid in
     * instalments for a reason recorded (§7.2).
     */
    @Test
    void aTransitionalCaseUnderThePreviousGuidance() {
        Assessment a = aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                .withBreach(LocalDate.of(2024, 8, 12), new BigDecimal("350000.00"), true, null)
                .withVoluntaryCompleteDisclosure()
                .rated(Severity.MEDIUM, Conduct.AGGRAVATING)
                .withNoticeOfIntentionOn(LocalDate.of(2025, 12, 1))
                .withMilestone(Milestone.SETTLEMENT_AGREEMENT_SIGNED, LocalDate.of(2026, 2, 16))
                .withDecision("s-1", LocalDate.of(2025, 11, 24), "400000.00", "50", "10", true, null,
                        "cash-flow evidence from audited accounts", "four quarterly instalments")
                .assessed();

        assertThat(a.rulebook()).isEqualTo(RulebookVersion.PREVIOUS_GUIDANCE);
        assertThat(a.transitional()).isTrue();
        assertThat(a.seriousness()).isEqualTo("serious");
        assertThat(a.likelyOutcome()).isEqualTo(LikelyOutcome.CIVIL_MONETARY_PENALTY);
        assertThat(a.statutoryMaximum()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(a.baselineBand().upperAmount()).isEqualTo(new BigDecimal("500000.00"));
        SubjectPenalty p = a.penalties().get(0);
        assertThat(p.discounts()).extracting(Discount::kind, Discount::applied).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Discount.DiscountKind.VOLUNTARY_DISCLOSURE, true),
                org.assertj.core.groups.Tuple.tuple(Discount.DiscountKind.EARLY_ACCOUNT_SCHEME, false),
                org.assertj.core.groups.Tuple.tuple(Discount.DiscountKind.SETTLEMENT, false));
        assertThat(p.totalDiscountPercent()).isEqualByComparingTo("50");
        assertThat(p.finalPenalty()).isEqualTo(new BigDecimal("200000.00"));
        assertThat(p.instalmentPlan()).isEqualTo("four quarterly instalments");
        assertThat(SeriousnessAndOutcomeTest.step(a, RulebookVersionRule.NAME).outcome())
                .contains("PREVIOUS_GUIDANCE", "transitional");
        assertThat(SeriousnessAndOutcomeTest.step(a, SettlementDiscountRule.NAME).outcome())
                .contains("transitional process", "does not apply the 20% settlement discount");
    }
}
