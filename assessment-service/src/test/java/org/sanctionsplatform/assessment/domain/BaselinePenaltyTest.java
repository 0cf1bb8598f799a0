package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCaseWithAnEstablishedBreach;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaselinePenaltyTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 4, 1);

    @Test
    void aLevel3CaseHasABandAbove0UpTo75PercentOfTheMaximum() {
        BaselineBand band = aCaseWithAnEstablishedBreach().rated(Severity.MEDIUM, Conduct.NEUTRAL).assessed()
                .baselineBand();

        assertThat(band.lowerPercent()).isEqualByComparingTo("0");
        assertThat(band.lowerInclusive()).isFalse();
        assertThat(band.upperPercent()).isEqualByComparingTo("75");
        assertThat(band.lowerAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(band.upperAmount()).isEqualTo(new BigDecimal("750000.00"));
    }

    @Test
    void aLevel4CaseHasABandFrom75To100PercentOfTheMaximum() {
        BaselineBand band = aCaseWithAnEstablishedBreach().rated(Severity.HIGH, Conduct.AGGRAVATING).assessed()
                .baselineBand();

        assertThat(band.lowerInclusive()).isTrue();
        assertThat(band.lowerAmount()).isEqualTo(new BigDecimal("750000.00"));
        assertThat(band.upperAmount()).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void aBaselineInsideTheBandWithoutAnEligibleDiscountIsTheFinalPenalty() {
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(Severity.MEDIUM, Conduct.NEUTRAL)
                .withPenaltyDecision(DECIDED, "500000.00").assessed();

        SubjectPenalty penalty = assessment.penalties().get(0);
        assertThat(penalty.subjectName()).isEqualTo("Canary Trading Ltd");
        assertThat(penalty.baseline()).isEqualTo(new BigDecimal("500000.00"));
        assertThat(penalty.baselineOutsideBand()).isFalse();
        // The fixture's decision claims 30% for voluntary disclosure, but no disclosure is recorded (§6.5).
        assertThat(penalty.discounts()).singleElement().satisfies(d -> assertThat(d.applied()).isFalse());
        assertThat(penalty.totalDiscountPercent()).isEqualByComparingTo("0");
        assertThat(penalty.penaltyAfterDiscounts()).isEqualTo(new BigDecimal("500000.00"));
        assertThat(penalty.finalPenalty()).isEqualTo(new BigDecimal("500000.00"));
        assertThat(SeriousnessAndOutcomeTest.step(assessment, DiscountsAppliedRule.NAME).outcome())
                .contains("no discount applies");
    }

    @Test
    void aBaselineOutsideTheBandIsFlaggedWithTheDepartureReason() {
        Assessment level3 = aCaseWithAnEstablishedBreach().rated(Severity.MEDIUM, Conduct.NEUTRAL)
                .withPenaltyDecision(DECIDED, "750000.01", "exceptional harm").assessed();
        Assessment level4 = aCaseWithAnEstablishedBreach().rated(Severity.HIGH, Conduct.AGGRAVATING)
                .withPenaltyDecision(DECIDED, "749999.99").assessed();

        assertThat(level3.penalties().get(0).baselineOutsideBand()).isTrue();
        assertThat(level3.penalties().get(0).baselineDepartureReason()).isEqualTo("exceptional harm");
        assertThat(level4.penalties().get(0).baselineOutsideBand()).isTrue();
        assertThat(SeriousnessAndOutcomeTest.step(level4, BaselinePenaltyRule.NAME).outcome())
                .contains("outside the band", "no departure reason recorded");
    }

    @Test
    void theBandsEdgesBelongToTheBandWhereTheGuidanceSaysSo() {
        assertThat(aCaseWithAnEstablishedBreach().rated(Severity.MEDIUM, Conduct.NEUTRAL)
                .withPenaltyDecision(DECIDED, "750000.00").assessed().penalties().get(0).baselineOutsideBand()).isFalse();
        assertThat(aCaseWithAnEstablishedBreach().rated(Severity.HIGH, Conduct.AGGRAVATING)
                .withPenaltyDecision(DECIDED, "750000.00").assessed().penalties().get(0).baselineOutsideBand()).isFalse();
    }

    @Test
    void aPenaltyCaseAwaitingItsBaselineListsTheSubjectWithoutAPenalty() {
        SubjectPenalty penalty = aCaseWithAnEstablishedBreach().rated(Severity.MEDIUM, Conduct.NEUTRAL).assessed()
                .penalties().get(0);

        assertThat(penalty.baseline()).isNull();
        assertThat(penalty.finalPenalty()).isNull();
    }

    @Test
    void aBaselineRecordedForANonPenaltyOutcomeIsNotApplied() {
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(Severity.LOW, Conduct.MITIGATING)
                .withPenaltyDecision(DECIDED, "100000.00").assessed();

        assertThat(assessment.likelyOutcome()).isEqualTo(LikelyOutcome.PRIVATE_WARNING);
        assertThat(assessment.baselineBand()).isNull();
        assertThat(assessment.penalties().get(0).finalPenalty()).isNull();
    }

    @Test
    void theExplanationIsNumberedInTheOrderTheRulesRan() {
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(Severity.MEDIUM, Conduct.NEUTRAL)
                .withPenaltyDecision(DECIDED, "500000.00").assessed();

        assertThat(assessment.explanation()).extracting(ExplanationStep::rule).containsExactly(
                RulebookVersionRule.NAME, BreachEstablishedRule.NAME, StatutoryMaximumRule.NAME,
                SuggestedRatingsRule.NAME, SeriousnessMatrix.NAME, LevelDecisionRule.NAME, LikelyOutcomeRule.NAME,
                BaselineBandRule.NAME, BaselinePenaltyRule.NAME, VoluntaryDisclosureDiscountRule.NAME,
                DiscountsAppliedRule.NAME, FinancialHardshipRule.NAME);
        assertThat(assessment.explanation()).extracting(ExplanationStep::step)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(assessment.explanation()).allSatisfy(s -> assertThat(s.section()).isNotBlank());
    }

    @Test
    void aBaselineAboveTheStatutoryMaximumIsCappedWithTheReasonBeforeAnyDiscountIsTakenOff() {
        // §6.2, s.146(2): OFSI sets the baseline within the statutory maximum; on the event path a baseline above it
        // is used only up to the maximum, and the 30% discount comes off £1,000,000, not off £3,000,000.
        Assessment assessment = aCaseWithAnEstablishedBreach().rated(Severity.HIGH, Conduct.AGGRAVATING)
                .withVoluntaryCompleteDisclosure().withPenaltyDecision(DECIDED, "3000000.00", "egregious").assessed();

        SubjectPenalty penalty = assessment.penalties().get(0);
        assertThat(assessment.statutoryMaximum()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(penalty.baseline()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(penalty.baselineOutsideBand()).isFalse();
        assertThat(penalty.penaltyAfterDiscounts()).isEqualTo(new BigDecimal("700000.00"));
        assertThat(penalty.finalPenalty()).isEqualTo(new BigDecimal("700000.00"));
        assertThat(SeriousnessAndOutcomeTest.step(assessment, BaselinePenaltyRule.NAME).outcome())
                .contains("£3,000,000.00", "above the statutory maximum", "not a departure the guidance allows",
                        "£1,000,000.00 is used");
    }
}
