package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in pounds sterling, scale 2 (DESIGN §1: never a double). */
public record Gbp(BigDecimal amount) implements Comparable<Gbp> {

    public static final int SCALE = 2;

    public Gbp {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Gbp of(String amount) {
        return new Gbp(new BigDecimal(amount));
    }

    /** True when the amount has no more than two decimal places (pence), so nothing is silently rounded. */
    public static boolean hasAtMostPence(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Gbp other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return "£" + amount.toPlainString();
    }
}
