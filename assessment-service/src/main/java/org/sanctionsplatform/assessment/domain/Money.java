package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** GBP amounts: {@code BigDecimal}, scale 2, {@link RoundingMode#HALF_UP} (DESIGN §1). */
public final class Money {

    public static final BigDecimal ZERO = gbp(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

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
        return gbp(amount.multiply(percent).divide(HUNDRED));
    }

    public static BigDecimal percent(String value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code £1,234.50}; {@code none} for a missing amount. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "none";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(gbp(amount));
    }
}
