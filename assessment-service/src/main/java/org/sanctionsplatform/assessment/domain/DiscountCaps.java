package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;

/**
 * The caps of the discounts (§6.3–6.8; previous guidance per DESIGN §3), in percent of the baseline.
 */
public final class DiscountCaps {

    /** §6.4: voluntary disclosure and co-operation, up to 30%. */
    public static final BigDecimal VOLUNTARY_DISCLOSURE_2026 = Money.percent("30");
    /** §6.7: Early Account Scheme, up to 20%. */
    public static final BigDecimal EARLY_ACCOUNT = Money.percent("20");
    /** §6.8: settlement, exactly 20%. */
    public static final BigDecimal SETTLEMENT = Money.percent("20");
    /** §6.3: the three added together. */
    public static final BigDecimal TOTAL_2026 = Money.percent("70");
    /** Previous guidance: voluntary disclosure up to 50% for serious cases. */
    public static final BigDecimal VOLUNTARY_DISCLOSURE_PREVIOUS_SERIOUS = Money.percent("50");
    /** Previous guidance: voluntary disclosure up to 30% for most serious cases. */
    public static final BigDecimal VOLUNTARY_DISCLOSURE_PREVIOUS_MOST_SERIOUS = Money.percent("30");

    private DiscountCaps() {
    }

    /** The voluntary-disclosure cap for the rulebook and level (previous guidance: 50% serious, 30% most serious). */
    public static BigDecimal voluntaryDisclosure(RulebookVersion rulebook, SeriousnessLevel level) {
        if (rulebook == RulebookVersion.PREVIOUS_GUIDANCE) {
            return level == SeriousnessLevel.LEVEL_4 ? VOLUNTARY_DISCLOSURE_PREVIOUS_MOST_SERIOUS
                    : VOLUNTARY_DISCLOSURE_PREVIOUS_SERIOUS;
        }
        return VOLUNTARY_DISCLOSURE_2026;
    }

    /** The most the discounts can add up to under the rulebook. */
    public static BigDecimal total(RulebookVersion rulebook) {
        return rulebook == RulebookVersion.PREVIOUS_GUIDANCE ? VOLUNTARY_DISCLOSURE_PREVIOUS_SERIOUS : TOTAL_2026;
    }
}
