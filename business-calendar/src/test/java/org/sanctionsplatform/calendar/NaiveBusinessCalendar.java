package org.sanctionsplatform.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test oracle: the obvious day-by-day definitions, with holidays asked of Jollyday day by day through
 * {@code isHoliday(date, subdivision)} (a different path from the calendar's per-year listing). Results
 * outside the range are {@link Optional#empty()}.
 */
final class NaiveBusinessCalendar {

    private final LocalDate first;
    private final LocalDate last;
    private final Set<LocalDate> nonBusinessWeekdays = new HashSet<>();
    private final Set<LocalDate> workingDays;

    NaiveBusinessCalendar(Division division, LocalDate first, LocalDate last,
                          Set<LocalDate> extraHolidays, Set<LocalDate> extraWorkingDays) {
        this.first = first;
        this.last = last;
        this.workingDays = Set.copyOf(extraWorkingDays);
        HolidayManager manager =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (manager.isHoliday(d, division.jollydaySubdivision()) || extraHolidays.contains(d)) {
                nonBusinessWeekdays.add(d);
            }
        }
    }

    boolean inRange(LocalDate d) {
        return !d.isBefore(first) && !d.isAfter(last);
    }

    boolean isBusinessDay(LocalDate d) {
        if (workingDays.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !nonBusinessWeekdays.contains(d);
    }

    /** The weekdays of {@code year} that are not business days, in order. */
    List<LocalDate> weekdaysClosed(int year) {
        List<LocalDate> closed = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayOfWeek w = d.getDayOfWeek();
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isBusinessDay(d)) {
                closed.add(d);
            }
        }
        return closed;
    }

    Optional<LocalDate> addBusinessDays(LocalDate d, int n) {
        if (n == 0) {
            return onOrAfter(d);
        }
        int step = n > 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate current = d;
        while (remaining > 0) {
            current = current.plusDays(step);
            if (!inRange(current)) {
                return Optional.empty();
            }
            if (isBusinessDay(current)) {
                remaining--;
            }
        }
        return Optional.of(current);
    }

    Optional<LocalDate> onOrAfter(LocalDate d) {
        for (LocalDate current = d; inRange(current); current = current.plusDays(1)) {
            if (isBusinessDay(current)) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    int businessDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        if (endInclusive.isBefore(startExclusive)) {
            return -businessDaysBetween(endInclusive, startExclusive);
        }
        int count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }
}
