package org.sanctionsplatform.guidance.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** GBP amounts as the guidance states them: {@code BigDecimal}, scale 2, {@link RoundingMode#HALF_UP}; never a double. */
public final class Pounds {

    private Pounds() {
    }

    /** The amount at scale 2; null stays null (a value that cannot be estimated). */
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

    /** {@code £1,234.50}; {@code none} for a missing amount. */
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
}
