package org.sanctionsplatform.guidance.windows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.calendar.Division;

/**
 * Computes when a window falls due in a case's calendar division. "Within N business days of D" ends at the
 * end (23:59:59.999 Europe/London) of the Nth business day after D; D itself is not counted (DESIGN §4).
 */
public final class DueDates {

    private final BusinessCalendars calendars;

    public DueDates(BusinessCalendars calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    /** The due day and instant of a window of this length starting on {@code startsOn}. */
    public Due due(WindowLength length, LocalDate startsOn, Division division) {
        Objects.requireNonNull(startsOn, "startsOn");
        BusinessCalendar calendar = calendars.of(division);
        LocalDate dueDate = dueDate(length, startsOn, calendar);
        return new Due(dueDate, calendar.endOfDay(dueDate));
    }

    /** A window due on a date set outside the guidance's arithmetic, e.g. the delivery date in the EAS letter (§4.5). */
    public Due dueOn(LocalDate dueDate, Division division) {
        return new Due(dueDate, calendars.of(division).endOfDay(dueDate));
    }

    /** A window due on {@code currentDueDate} moved by an extension of {@code businessDays} business days. */
    public Due extend(LocalDate currentDueDate, int businessDays, Division division) {
        BusinessCalendar calendar = calendars.of(division);
        LocalDate dueDate = calendar.addBusinessDays(currentDueDate, businessDays);
        return new Due(dueDate, calendar.endOfDay(dueDate));
    }

    /**
     * The dates of a recurring check from {@code start}: every {@code every} (e.g. monthly, §4.5), each moved off a
     * non-working day to the next working day, strictly before {@code until} (when the check is no longer needed).
     */
    public List<Due> recurring(Period every, LocalDate start, LocalDate until, Division division) {
        BusinessCalendar calendar = calendars.of(division);
        List<Due> dues = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate unrolled = start.plus(every.multipliedBy(k));
            if (!unrolled.isBefore(until)) {
                return dues;
            }
            LocalDate date = calendar.businessDayOnOrAfter(unrolled);
            dues.add(new Due(date, calendar.endOfDay(date)));
        }
    }

    /** The early account delivery date when the EAS letter's is not known: the usual six months (§4.5), on a working day. */
    public Due usualDelivery(Period normallyAtMost, LocalDate termsAgreedOn, Division division) {
        BusinessCalendar calendar = calendars.of(division);
        LocalDate date = calendar.businessDayOnOrAfter(termsAgreedOn.plus(normallyAtMost));
        return new Due(date, calendar.endOfDay(date));
    }

    /** The last day within {@code businessDays} business days of {@code today} (today itself when 0 and a business day). */
    public LocalDate horizon(LocalDate today, int businessDays, Division division) {
        return calendars.of(division).addBusinessDays(today, businessDays);
    }

    /** The business days after {@code today} up to and including {@code dueDate}: 0 when due today. */
    public int businessDaysLeft(LocalDate today, LocalDate dueDate, Division division) {
        return calendars.of(division).businessDaysBetween(today, dueDate);
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
