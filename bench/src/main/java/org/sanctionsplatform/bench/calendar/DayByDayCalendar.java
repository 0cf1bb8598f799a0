package org.sanctionsplatform.bench.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The baseline a developer writes without a library: a set of bank holidays and a loop that steps one day
 * at a time. Same semantics as {@link org.sanctionsplatform.calendar.BusinessCalendar}: the start date is
 * never counted, a count runs after the start up to and including the end; dates outside the range the
 * holidays were given for are refused.
 */
final class DayByDayCalendar {

    private final Set<LocalDate> holidays;
    private final LocalDate first;
    private final LocalDate last;

    DayByDayCalendar(Set<LocalDate> holidays, LocalDate first, LocalDate last) {
        this.holidays = new HashSet<>(holidays);
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
    }

    boolean isBusinessDay(LocalDate date) {
        checkInRange(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The nth business day strictly after {@code date} ({@code n >= 1}). */
    LocalDate addBusinessDays(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate current = date;
        int remaining = n;
        while (remaining > 0) {
            current = current.plusDays(1);
            if (isBusinessDay(current)) {
                remaining--;
            }
        }
        return current;
    }

    /** Business days after {@code startExclusive} up to and including {@code endInclusive} (start ≤ end). */
    int businessDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        checkInRange(startExclusive);
        checkInRange(endInclusive);
        int count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void checkInRange(LocalDate date) {
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new IllegalArgumentException(date + " is outside " + first + " to " + last);
        }
    }
}
