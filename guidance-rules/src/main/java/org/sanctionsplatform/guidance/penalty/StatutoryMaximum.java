package org.sanctionsplatform.guidance.penalty;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The statutory maximum penalty (s.146(3)–(4) of the 2017 Act, §6.2): the greater of £1,000,000 and 50% of the
 * estimated value of the funds or economic resources; £1,000,000 where no value can be estimated. For a case as a
 * whole see {@link CaseMaximum}.
 *
 * @param aggregatedValue the value the maximum was worked out on; null when none can be estimated
 */
public record StatutoryMaximum(BigDecimal amount, BigDecimal aggregatedValue) {

    /** s.146(3)(a), §6.2: £1 million. */
    public static final BigDecimal FLOOR = Pounds.gbp("1000000");
    private static final BigDecimal HALF = new BigDecimal("50");

    public StatutoryMaximum {
        Objects.requireNonNull(amount, "amount");
        amount = Pounds.gbp(amount);
        aggregatedValue = Pounds.gbp(aggregatedValue);
    }

    /** The maximum for one value; null is a value that cannot be estimated (s.146(4)). */
    public static StatutoryMaximum forValue(BigDecimal estimatedValue) {
        if (estimatedValue == null) {
            return new StatutoryMaximum(FLOOR, null);
        }
        BigDecimal half = Pounds.percentOf(estimatedValue, HALF);
        return new StatutoryMaximum(half.compareTo(FLOOR) > 0 ? half : FLOOR, estimatedValue);
    }

    /** The maximum on the sum of the values that can be estimated; none → £1,000,000. */
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
