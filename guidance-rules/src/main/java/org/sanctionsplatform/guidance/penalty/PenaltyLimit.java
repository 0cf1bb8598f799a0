package org.sanctionsplatform.guidance.penalty;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A penalty may not exceed the permitted maximum (s.146(2)), which OFSI works out before anything else (§6.2) and then
 * sets the baseline "within this statutory maximum". So a baseline above the maximum is not a departure the guidance
 * allows (§6.2 allows departures from the indicative <em>bands</em>, inside the maximum): it is refused where it is
 * entered and, should one still arrive, used only up to the maximum, so that discounts are never taken off an amount
 * above it.
 *
 * <p>The maximum is one figure for the case as a whole (§6.2, {@link CaseMaximum}). A person may receive more than one
 * penalty in a case (the published Standard Chartered outcome: two penalties on one bank, one per regulation
 * breached); those penalty components are that person's penalty for the case, so together they stay within the one
 * maximum. Each person (an officer of a body included, s.148) has a penalty of its own.
 */
public final class PenaltyLimit {

    private PenaltyLimit() {
    }

    /**
     * Why {@code baseline} is refused for a person whose other penalty components in the case already take
     * {@code otherComponents}; empty when it stays within the maximum.
     */
    public static Optional<String> refusal(BigDecimal baseline, BigDecimal otherComponents, CaseMaximum maximum) {
        if (baseline == null) {
            return Optional.empty();
        }
        BigDecimal others = otherComponents == null ? BigDecimal.ZERO : otherComponents;
        if (baseline.add(others).compareTo(maximum.amount()) <= 0) {
            return Optional.empty();
        }
        String text = "must not exceed the statutory maximum of " + Pounds.format(maximum.amount()) + " for this case ("
                + maximum.basis() + "; s.146(2), §6.2): a baseline above the maximum is not a departure the guidance"
                + " allows";
        if (others.signum() > 0) {
            text += "; the subject's other penalty components in this case already take " + Pounds.format(others)
                    + ", leaving " + Pounds.format(remaining(others, maximum.amount()));
        }
        return Optional.of(text);
    }

    /** What is left of the maximum once {@code used} has been taken by other components; never below zero. */
    public static BigDecimal remaining(BigDecimal used, BigDecimal maximum) {
        BigDecimal left = maximum.subtract(used == null ? BigDecimal.ZERO : used);
        return Pounds.gbp(left.signum() < 0 ? BigDecimal.ZERO : left);
    }
}
