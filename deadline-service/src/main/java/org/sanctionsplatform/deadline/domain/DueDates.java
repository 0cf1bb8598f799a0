package org.sanctionsplatform.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;

/**
 * Computes when a window falls due in a case's calendar division. "Within N business days of D" ends at the
 * end (23:59:59.999 Europe/London) of the Nth business day after D; D itself is not counted (DESIGN §4).
 */
public final class DueDates {

    private final Map<Division, BusinessCalendar> calendars;

    public DueDates(Map<Division, BusinessCalendar> calendars) {
        this.calendars = new EnumMap<>(calendars);
        for (Division division : Division.values()) {
            if (!this.calendars.containsKey(division)) {
                throw new IllegalArgumentException("no business calendar for " + division);
            }
        }
    }

    /** The due day and instant of a window of this length starting on {@code startsOn}. */
    public Due due(WindowLength length, LocalDate startsOn, Division division) {
        Objects.requireNonNull(startsOn, "startsOn");
        BusinessCalendar calendar = calendars.get(division);
        LocalDate dueDate = dueDate(length, startsOn, calendar);
        return new Due(dueDate, calendar.endOfDay(dueDate));
    }

    private static LocalDate dueDate(WindowLength length, LocalDate startsOn, BusinessCalendar calendar) {
        if (length instanceof WindowLength.BusinessDays businessDays) {
            return calendar.addBusinessDays(startsOn, businessDays.days());
        }
        if (length instanceof WindowLength.CalendarMonths months) {
            return startsOn.plusMonths(months.months());
        }
        if (length instanceof WindowLength.CalendarDays days) {
            // §9: a window ending on a non-working day runs to the next working day
            return days.movesOffNonWorkingDay()
                    ? calendar.addCalendarDaysRollingForward(startsOn, days.days())
                    : startsOn.plusDays(days.days());
        }
        throw new IllegalArgumentException("a window of " + length.describe()
                + " takes its due date from the letter or a schedule, not from its start date");
    }

    /** When a window falls due: the last day and the end of that day in Europe/London. */
    public record Due(LocalDate dueDate, Instant dueAt) {
    }
}
