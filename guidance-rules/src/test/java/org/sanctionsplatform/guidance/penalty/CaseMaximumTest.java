package org.sanctionsplatform.guidance.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §6.2: one maximum for the case, on the aggregated value of its established breaches, shared funds counted once. */
class CaseMaximumTest {

    static BreachFunds breach(String id, String value) {
        return new BreachFunds(id, true, value == null ? null : new BigDecimal(value), null);
    }

    static BreachFunds sharing(String id, String value, String with) {
        return new BreachFunds(id, true, value == null ? null : new BigDecimal(value), with);
    }

    @Test
    void theMaximumIsOnTheAggregatedValueOfTheEstablishedBreachesOnly() {
        CaseMaximum maximum = CaseMaximum.of(List.of(breach("b-1", "1500000.00"), breach("b-2", "1500000.02"),
                new BreachFunds("b-3", false, new BigDecimal("9000000.00"), null)));

        assertThat(maximum.aggregatedValue()).isEqualTo(new BigDecimal("3000000.02"));
        assertThat(maximum.amount()).isEqualTo(new BigDecimal("1500000.01"));
        assertThat(maximum.establishedBreachIds()).containsExactly("b-1", "b-2");
        assertThat(maximum.describe()).isEqualTo("£1,500,000.01: the greater of £1,000,000.00 and 50% of the"
                + " aggregated value £3,000,000.02 of 2 established breaches");
    }

    @Test
    void theSameFundsRecordedUnderTwoProhibitionsAreCountedOnce() {
        // £4m paid to a designated person's company: making funds available (b-1) and dealing with frozen funds (b-2).
        CaseMaximum maximum = CaseMaximum.of(List.of(breach("b-1", "4000000.00"),
                sharing("b-2", "4000000.00", "b-1"), breach("b-3", "1000000.00")));

        assertThat(maximum.aggregatedValue()).isEqualTo(new BigDecimal("5000000.00"));
        assertThat(maximum.amount()).isEqualTo(new BigDecimal("2500000.00"));
        assertThat(maximum.countedOnce()).containsExactly(new CaseMaximum.FundsCountedOnce("b-2", "b-1"));
        assertThat(maximum.describe()).endsWith("counted once (b-2 with b-1)");
    }

    @Test
    void aChainOfSharedFundsIsOneGroupValuedAtItsLargestEstablishedEstimate() {
        CaseMaximum maximum = CaseMaximum.of(List.of(breach("b-1", "3000000.00"),
                sharing("b-2", "3500000.00", "b-1"), sharing("b-3", null, "b-2")));

        assertThat(maximum.aggregatedValue()).isEqualTo(new BigDecimal("3500000.00"));
    }

    @Test
    void fundsSharedWithABreachThatIsNotEstablishedStillCount() {
        CaseMaximum maximum = CaseMaximum.of(List.of(new BreachFunds("b-1", false, new BigDecimal("4000000.00"), null),
                sharing("b-2", "4000000.00", "b-1")));

        assertThat(maximum.aggregatedValue()).isEqualTo(new BigDecimal("4000000.00"));
        assertThat(maximum.countedOnce()).isEmpty();
    }

    @Test
    void aCaseWithoutAnEstimableValueHasAMaximumOfOneMillion() {
        CaseMaximum maximum = CaseMaximum.of(List.of(breach("b-1", null)));

        assertThat(maximum.amount()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(maximum.describe()).isEqualTo("£1,000,000.00: no value of an established breach can be estimated");
    }
}
