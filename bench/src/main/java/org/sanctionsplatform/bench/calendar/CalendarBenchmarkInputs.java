package org.sanctionsplatform.bench.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.sanctionsplatform.calendar.BankHoliday;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;

/**
 * The inputs shared by {@link CalendarBenchmark} and its fairness test: one England-and-Wales holiday set
 * given to all three implementations, and seeded random start dates in 2016–2034, precomputed so that no
 * date arithmetic of the harness is timed.
 */
final class CalendarBenchmarkInputs {

    /** Power of two, so that the benchmark cycles through the inputs with a mask. */
    static final int SIZE = 4096;
    static final long SEED = 20_261_129L;
    static final int BUSINESS_DAYS_TO_ADD = 30;
    static final int DAYS_IN_COUNTED_YEAR = 365;
    static final LocalDate FIRST_START = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_START = LocalDate.of(2034, 12, 31);

    final BusinessCalendar ours;
    /** England and Wales bank holidays over the calendar's whole range, on their observed dates. */
    final Set<LocalDate> holidays;
    final LocalDate firstSupported;
    final LocalDate lastSupported;
    /** Start dates for "add 30 business days": random business days (see {@link ObjectLabCalendar#addBusinessDays}). */
    final LocalDate[] addStarts = new LocalDate[SIZE];
    /** Start (exclusive) and end (inclusive) of "count business days over a year": random d and d + 365. */
    final LocalDate[] countStarts = new LocalDate[SIZE];
    final LocalDate[] countEnds = new LocalDate[SIZE];
    /** The same intervals in ObjectLab's convention, [d + 1, d + 366). */
    final LocalDate[] objectLabCountFroms = new LocalDate[SIZE];
    final LocalDate[] objectLabCountTos = new LocalDate[SIZE];

    CalendarBenchmarkInputs() {
        this.ours = BusinessCalendar.of(Division.ENGLAND_AND_WALES);
        this.firstSupported = ours.firstSupportedDate();
        this.lastSupported = ours.lastSupportedDate();
        Set<LocalDate> dates = new TreeSet<>();
        for (int year = firstSupported.getYear(); year <= lastSupported.getYear(); year++) {
            for (BankHoliday holiday : ours.holidays(year)) {
                dates.add(holiday.date());
            }
        }
        this.holidays = Set.copyOf(dates);

        SplittableRandom random = new SplittableRandom(SEED);
        long span = LAST_START.toEpochDay() - FIRST_START.toEpochDay() + 1;
        for (int i = 0; i < SIZE; i++) {
            LocalDate start;
            do {
                start = FIRST_START.plusDays(random.nextLong(span));
            } while (!ours.isBusinessDay(start));
            addStarts[i] = start;

            LocalDate from = FIRST_START.plusDays(random.nextLong(span));
            countStarts[i] = from;
            countEnds[i] = from.plusDays(DAYS_IN_COUNTED_YEAR);
            objectLabCountFroms[i] = from.plusDays(1);
            objectLabCountTos[i] = from.plusDays(DAYS_IN_COUNTED_YEAR + 1);
        }
    }

    DayByDayCalendar dayByDay() {
        return new DayByDayCalendar(holidays, firstSupported, lastSupported);
    }

    ObjectLabCalendar objectLab() {
        return new ObjectLabCalendar(holidays, firstSupported, lastSupported);
    }
}
