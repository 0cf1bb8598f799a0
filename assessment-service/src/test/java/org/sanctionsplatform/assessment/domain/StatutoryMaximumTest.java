package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.assessment.domain.CaseFileFixture.aCase;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryMaximumTest {

    @ParameterizedTest(name = "a value of £{0} gives a maximum of £{1}")
    @CsvSource({
            "1999999.98, 1000000.00",
            "2000000.00, 1000000.00",
            "2000000.01, 1000000.01",
            "2000000.02, 1000000.01",
            "10000000.00, 5000000.00",
            "0.00, 1000000.00",
    })
    void theMaximumIsTheGreaterOfOneMillionAndHalfTheValue(String value, String maximum) {
        assertThat(StatutoryMaximum.forValue(new BigDecimal(value)).amount()).isEqualTo(new BigDecimal(maximum));
    }

    @Test
    void whenNoValueCanBeEstimatedTheMaximumIsOneMillion() {
        StatutoryMaximum maximum = StatutoryMaximum.forValue(null);

        assertThat(maximum.amount()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(maximum.aggregatedValue()).isNull();
    }

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
    void manySmallBreachesShareOneMaximumOfOneMillion() {
        // The published 2025 case: 79 breaches worth £128,277.72 in all, a maximum of £1,000,000 (DESIGN §3).
        List<BigDecimal> values = java.util.stream.IntStream.range(0, 79)
                .mapToObj(i -> new BigDecimal(i == 0 ? "1623.66" : "1623.77")).toList();
        StatutoryMaximum maximum = StatutoryMaximum.forValues(values);

        assertThat(maximum.aggregatedValue()).isEqualTo(new BigDecimal("128277.72"));
        assertThat(maximum.amount()).isEqualTo(new BigDecimal("1000000.00"));
    }

    @Property
    void theMaximumIsNeverBelowOneMillionNorBelowHalfTheValue(
            @ForAll @BigRange(min = "0", max = "100000000000") @Scale(2) BigDecimal value) {
        BigDecimal maximum = StatutoryMaximum.forValue(value).amount();

        assertThat(maximum).isGreaterThanOrEqualTo(new BigDecimal("1000000.00"));
        assertThat(maximum.multiply(new BigDecimal("2"))).isGreaterThanOrEqualTo(value);
        assertThat(maximum.scale()).isEqualTo(2);
    }
}
