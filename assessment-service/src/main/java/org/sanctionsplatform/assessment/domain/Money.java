package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** GBP amounts: {@code BigDecimal}, scale 2, {@link RoundingMode#HALF_UP} (DESIGN §1). */
public final class Money {

    public static final BigDecimal ZERO = gbp(BigDecimal.ZERO);

    private Money() {
    }

    public static BigDecimal gbp(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal gbp(String amount) {
        return gbp(new BigDecimal(amount));
    }

    /** {@code percent}% of {@code amount}, rounded once to pence. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return gbp(amount.multiply(percent).movePointLeft(2));
    }

    public static BigDecimal percent(String value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code £1,234.50}; {@code none} for a missing amount. Formatted by hand: this runs on every assessment. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "none";
        }
        String plain = gbp(amount).abs().toPlainString();
        int point = plain.indexOf('.');
        StringBuilder out = new StringBuilder(plain.length() + 8);
        if (amount.signum() < 0) {
            out.append('-');
        }
        out.append('£');
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, point, plain.length()).toString();
    }

    /** {@code 30%}, {@code 12.5%}. */
    public static String percentText(BigDecimal percent) {
        return percent == null ? "none" : percent.stripTrailingZeros().toPlainString() + "%";
    }
}
