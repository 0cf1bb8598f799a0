package org.sanctionsplatform.intake.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A percentage from 0 to 100 with at most two decimals, e.g. a discount to the baseline penalty (§6.3). */
public record Percentage(BigDecimal value) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a percentage between 0 and 100: " + value);
        }
        value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public static boolean isValid(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && Gbp.hasAtMostPence(value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
