package org.sanctionsplatform.guidance.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** s.146(3)–(4), §6.2: the greater of £1,000,000 and 50% of the estimated value; £1,000,000 when none can be estimated. */
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
    void manySmallBreachesShareOneMaximumOfOneMillion() {
        // The published 2025 case: 79 breaches worth £128,277.72 in all, a maximum of £1,000,000.
        List<BigDecimal> values = IntStream.range(0, 79)
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
