package org.sanctionsplatform.publication.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** GBP amounts: {@code BigDecimal}, scale 2, {@link RoundingMode#HALF_UP} (DESIGN §1). */
public final class Money {

    private Money() {
    }

    public static BigDecimal gbp(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code £1,234.50}. */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(gbp(amount));
    }
}
