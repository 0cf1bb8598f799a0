package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;

/**
 * UK business-day arithmetic for the case's calendar division, as the rulebook needs it for the settlement window
 * (§6.8–6.9) and the representations deadline (§7.1). An adapter supplies it from the business calendar.
 */
public interface BusinessDays {

    /** The Nth business day after {@code date} ({@code date} itself is not counted). */
    LocalDate addBusinessDays(CalendarDivision division, LocalDate date, int n);
}
