package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The statutory maximum penalty (s.146 of the 2017 Act, §6.2): the greater of £1,000,000 and 50% of the estimated
 * value of the funds or economic resources; £1,000,000 where no value can be estimated. OFSI applies it to the case
 * as a whole, on the aggregated value of its established breaches.
 */
public record StatutoryMaximum(BigDecimal amount, BigDecimal aggregatedValue) {

    public static final BigDecimal FLOOR = Money.gbp("1000000");
    private static final BigDecimal HALF = new BigDecimal("50");

    public StatutoryMaximum {
        Objects.requireNonNull(amount, "amount");
        amount = Money.gbp(amount);
        aggregatedValue = Money.gbp(aggregatedValue);
    }

    /** The maximum for a value; a null value is one that cannot be estimated. */
    public static StatutoryMaximum forValue(BigDecimal estimatedValue) {
        if (estimatedValue == null) {
            return new StatutoryMaximum(FLOOR, null);
        }
        BigDecimal half = Money.percentOf(estimatedValue, HALF);
        return new StatutoryMaximum(half.compareTo(FLOOR) > 0 ? half : FLOOR, estimatedValue);
    }

    /** The maximum for a case: aggregated over the values that can be estimated; none → £1,000,000. */
    public static StatutoryMaximum forValues(Collection<BigDecimal> estimatedValues) {
        BigDecimal sum = null;
        for (BigDecimal value : estimatedValues) {
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return forValue(sum);
    }
}
