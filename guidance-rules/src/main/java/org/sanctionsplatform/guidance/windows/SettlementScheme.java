package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;

/**
 * §6.9: the Settlement Scheme applies to cases where OFSI had not informed the subject of its intention to
 * impose a monetary penalty before 9 February 2026; earlier notices are settled under a transitional process
 * without the 20% discount, so no settlement-discussions window runs for them.
 */
public final class SettlementScheme {

    /** The first notice date the scheme covers (§6.9). */
    public static final LocalDate FIRST_COVERED_NOTICE = LocalDate.of(2026, 2, 9);

    private SettlementScheme() {
    }

    public static boolean coversNoticeOfIntentionOn(LocalDate noticeDate) {
        return !noticeDate.isBefore(FIRST_COVERED_NOTICE);
    }
}
