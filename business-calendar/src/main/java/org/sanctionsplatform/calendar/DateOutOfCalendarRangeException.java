package org.sanctionsplatform.calendar;

import java.time.LocalDate;

/**
 * A date, or the result of date arithmetic, lies outside the years a {@link BusinessCalendar} was built
 * for. The calendar refuses rather than guess: widen {@code supportedYears} if the date is legitimate.
 */
public final class DateOutOfCalendarRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate firstSupportedDate;
    private final transient LocalDate lastSupportedDate;

    DateOutOfCalendarRangeException(String message, LocalDate firstSupportedDate, LocalDate lastSupportedDate) {
        super(message);
        this.firstSupportedDate = firstSupportedDate;
        this.lastSupportedDate = lastSupportedDate;
    }

    public LocalDate firstSupportedDate() {
        return firstSupportedDate;
    }

    public LocalDate lastSupportedDate() {
        return lastSupportedDate;
    }
}
