package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.AFTER_2022;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The case's statutory maximum as the rulebook states it (s.146, §6.2). The figures themselves are the shared rule's
 * (guidance-rules {@code CaseMaximum}, {@code StatutoryMaximum}), tested there; intake applies the same code.
 */
class StatutoryMaximumTest {

    @Test
    void aCaseWhoseBreachesHaveNoValueHasAMaximumOfOneMillion() {
        Assessment assessment = aCase().withBreachWorth(null).assessed();

        assertThat(assessment.statutoryMaximum()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(assessment.aggregatedValue()).isNull();
    }

    @Test
    void theCaseMaximumIsOnTheAggregatedValueOfItsEstablishedBreachesWithEachBreachsOwnFigureBesideIt() {
        Assessment assessment = aCase()
                .withBreachWorth("1500000.00")
                .withBreachWorth("1500000.02")
                .withBreachWorth("9000000.00").withdrawing("b-3")
                .assessed();

        assertThat(assessment.aggregatedValue()).isEqualTo(new BigDecimal("3000000.02"));
        assertThat(assessment.statutoryMaximum()).isEqualTo(new BigDecimal("1500000.01"));
        assertThat(assessment.breaches()).extracting(BreachAssessment::statutoryMaximumAlone).containsExactly(
                new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), new BigDecimal("4500000.00"));
    }

    @Test
    void theSameFundsRecordedUnderTwoProhibitionsAreCountedOnceInTheAggregatedValue() {
        // £4m paid to a designated person's company: making funds available (b-1) and, for the same money, dealing
        // with frozen funds (b-2, which names b-1). Counted twice the maximum would be £4m instead of £2m.
        Assessment assessment = aCase()
                .with(new CaseInput.BreachRecorded(new Breach("b-1", "s-1", "MAKING_FUNDS_AVAILABLE", "Russia", "reg. 12",
                        AFTER_2022, new BigDecimal("4000000.00"), true, null, null, null)))
                .with(new CaseInput.BreachRecorded(new Breach("b-2", "s-1", "DEALING_WITH_FROZEN_FUNDS", "Russia",
                        "reg. 11", AFTER_2022, new BigDecimal("4000000.00"), true, null, null, "b-1")))
                .assessed();

        assertThat(assessment.aggregatedValue()).isEqualTo(new BigDecimal("4000000.00"));
        assertThat(assessment.statutoryMaximum()).isEqualTo(new BigDecimal("2000000.00"));
        assertThat(assessment.breaches()).extracting(BreachAssessment::sharesFundsWithBreachId).containsExactly(null, "b-1");
        assertThat(SeriousnessAndOutcomeTest.step(assessment, StatutoryMaximumRule.NAME).outcome())
                .contains("counted once (b-2 with b-1)");
    }
}
