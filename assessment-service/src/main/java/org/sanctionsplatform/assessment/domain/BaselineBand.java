package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * The range of the statutory maximum inside which the decision maker sets the baseline penalty (§6.2, Figure 5B).
 * The upper bound is always inclusive; the lower bound is inclusive for Level 4 ("at or above 75%") and exclusive
 * for Level 3 ("above 0, up to 75%").
 */
public record BaselineBand(
        BigDecimal lowerPercent,
        boolean lowerInclusive,
        BigDecimal upperPercent,
        BigDecimal lowerAmount,
        BigDecimal upperAmount) {

    public boolean contains(BigDecimal baseline) {
        int lower = baseline.compareTo(lowerAmount);
        return (lowerInclusive ? lower >= 0 : lower > 0) && baseline.compareTo(upperAmount) <= 0;
    }

    public String describe() {
        return (lowerInclusive ? "at least " : "above ") + lowerPercent.stripTrailingZeros().toPlainString() + "% ("
                + Money.format(lowerAmount) + ") and at most " + upperPercent.stripTrailingZeros().toPlainString()
                + "% (" + Money.format(upperAmount) + ") of the statutory maximum";
    }
}
