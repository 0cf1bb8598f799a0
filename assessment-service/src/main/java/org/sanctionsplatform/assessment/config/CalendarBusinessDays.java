package org.sanctionsplatform.assessment.config;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.sanctionsplatform.assessment.domain.BusinessDays;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.DateOutOfCalendarRangeException;
import org.sanctionsplatform.calendar.Division;

/**
 * UK business days from the business calendar, one indexed calendar per division built once, so each lookup is O(1).
 */
public final class CalendarBusinessDays implements BusinessDays {

    private final Map<CalendarDivision, BusinessCalendar> calendars = new EnumMap<>(CalendarDivision.class);

    public CalendarBusinessDays() {
        calendars.put(CalendarDivision.ENGLAND_AND_WALES, BusinessCalendar.of(Division.ENGLAND_AND_WALES));
        calendars.put(CalendarDivision.SCOTLAND, BusinessCalendar.of(Division.SCOTLAND));
        calendars.put(CalendarDivision.NORTHERN_IRELAND, BusinessCalendar.of(Division.NORTHERN_IRELAND));
    }

    @Override
    public LocalDate addBusinessDays(CalendarDivision division, LocalDate date, int n) {
        try {
            return calendars.get(division).addBusinessDays(date, n);
        } catch (DateOutOfCalendarRangeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
