package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One subject may receive more than one penalty in one case, as in the published Standard Chartered outcome: two
 * penalties on one bank, one per regulation breached. Each component has its own baseline, discounts and final amount;
 * the latest decision per (subject, component) counts; together they stay within the case's one statutory maximum
 * (s.146(2), §6.2).
 */
class PenaltyComponentsTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 3, 2);
    static final String EU_REGULATION = "EU Regulation 833/2014 art. 5(3)";
    static final String UKRAINE_REGULATIONS = "Ukraine Regulations 2014 reg. 3B";

    /** A most serious (Level 4) case worth £97.4m: maximum £48.7m; the bank disclosed promptly and completely. */
    static CaseFileFixture aBankWithTwoPenalties() {
        return aCase(Procedure.CIVIL_MONETARY_PENALTY, FixedPenaltyHistory.NONE, company())
                .withBreachWorth("97400000.00").rated(Severity.HIGH, Conduct.AGGRAVATING)
                .withNoticeOfIntentionOn(NOTICE).withVoluntaryCompleteDisclosure();
    }

    @Test
    void eachComponentHasItsOwnBaselineDiscountsAndFinalAmount() {
        Assessment a = aBankWithTwoPenalties()
                .withComponentDecision("s-1", UKRAINE_REGULATIONS, NOTICE, "18255109.04", "30")
                .withComponentDecision("s-1", EU_REGULATION, NOTICE, "10990333.57", "30")
                .assessed();

        assertThat(a.penalties()).extracting(SubjectPenalty::component, SubjectPenalty::finalPenalty).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EU_REGULATION, new BigDecimal("7693233.50")),
                org.assertj.core.groups.Tuple.tuple(UKRAINE_REGULATIONS, new BigDecimal("12778576.33")));
        assertThat(a.penalties()).allSatisfy(p -> {
            assertThat(p.subjectId()).isEqualTo("s-1");
            assertThat(p.totalDiscountPercent()).isEqualByComparingTo("30");
        });
        // Level 4 band: the bank's baselines together, £29,245,442.61, are 60% of the maximum: below 75%, a departure.
        assertThat(a.penalties()).allSatisfy(p -> assertThat(p.baselineOutsideBand()).isTrue());
        assertThat(a.explanation()).filteredOn(s -> s.rule().equals(DiscountsAppliedRule.NAME))
                .extracting(ExplanationStep::outcome).containsExactly(
                        "Canary Trading Ltd (" + EU_REGULATION + "): discounts 30% voluntary disclosure and co-operation"
                        + " = 30%; £10,990,333.57 less 30% = £7,693,233.50",
                        "Canary Trading Ltd (" + UKRAINE_REGULATIONS + "): discounts 30% voluntary disclosure and"
                        + " co-operation = 30%; £18,255,109.04 less 30% = £12,778,576.33");
    }

    @Test
    void theLatestDecisionPerComponentCounts() {
        Assessment a = aBankWithTwoPenalties()
                .withComponentDecision("s-1", EU_REGULATION, NOTICE, "10000000.00", null)
                .withComponentDecision("s-1", UKRAINE_REGULATIONS, NOTICE, "20000000.00", null)
                .withComponentDecision("s-1", EU_REGULATION, NOTICE.plusDays(7), "11000000.00", null)
                .assessed();

        assertThat(a.penalties()).extracting(SubjectPenalty::component, SubjectPenalty::baseline).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EU_REGULATION, new BigDecimal("11000000.00")),
                org.assertj.core.groups.Tuple.tuple(UKRAINE_REGULATIONS, new BigDecimal("20000000.00")));
    }

    @Test
    void aSubjectsComponentsTogetherStayWithinTheOneMaximumOfTheCase() {
        // Maximum £1,000,000: £700,000 for one component leaves £300,000 for the other.
        Assessment a = aCase().withBreachWorth("100000.00").rated(Severity.HIGH, Conduct.AGGRAVATING)
                .withComponentDecision("s-1", "A", NOTICE, "700000.00", null)
                .withComponentDecision("s-1", "B", NOTICE, "500000.00", null)
                .assessed();

        assertThat(a.penalties()).extracting(SubjectPenalty::baseline)
                .containsExactly(new BigDecimal("700000.00"), new BigDecimal("300000.00"));
        assertThat(a.explanation()).filteredOn(s -> s.rule().equals(BaselinePenaltyRule.NAME))
                .extracting(ExplanationStep::outcome).last().asString()
                .contains("£500,000.00 is above the statutory maximum left by the subject's other penalty components",
                        "£300,000.00 is used");
    }
}
