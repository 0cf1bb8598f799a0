package org.sanctionsplatform.bench.calendar;

import java.time.LocalDate;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * ObjectLab Kit's {@link LocalDateCalculator} set up the way its documentation shows: a
 * {@link DefaultHolidayCalendar} holding the holidays, with early and late boundaries (so that, like our
 * calendar, it refuses dates it knows nothing about), registered with a {@link LocalDateKitCalculatorsFactory}
 * and asked for a calculator with the forward holiday handler.
 *
 * <p>The calculator is stateful (it holds the current date), so each benchmark thread owns one.
 */
final class ObjectLabCalendar {

    static final String CALENDAR_NAME = "UK-england-and-wales";

    private final LocalDateCalculator calculator;

    ObjectLabCalendar(Set<LocalDate> holidays, LocalDate first, LocalDate last) {
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays(CALENDAR_NAME, new DefaultHolidayCalendar<>(holidays, first, last));
        this.calculator = factory.getDateCalculator(CALENDAR_NAME, HolidayHandlerType.FORWARD);
    }

    /**
     * The 30th (nth) business day after {@code businessDay}: {@code setStartDate} then
     * {@code moveByBusinessDays(n)}. With the forward handler a non-working start date is first moved to the
     * next working day and counted from there, so this equals ours only for a start date that is a business
     * day; the benchmark's start dates are.
     */
    LocalDate addBusinessDays(LocalDate businessDay, int n) {
        calculator.setStartDate(businessDay);
        calculator.moveByBusinessDays(n);
        return calculator.getCurrentBusinessDate();
    }

    /**
     * ObjectLab's own count, {@code getNumberOfBusinessDaysBetween(from, to)}: business days from
     * {@code from} inclusive to {@code to} exclusive. Called with the day after each of our dates, it counts
     * after {@code startExclusive} up to and including {@code endInclusive}, as ours does; the benchmark
     * precomputes those shifted dates, so {@link #countFromTo} is what it times.
     */
    int businessDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return countFromTo(startExclusive.plusDays(1), endInclusive.plusDays(1));
    }

    /** {@code getNumberOfBusinessDaysBetween(fromInclusive, toExclusive)}, as ObjectLab defines it. */
    int countFromTo(LocalDate fromInclusive, LocalDate toExclusive) {
        return calculator.getNumberOfBusinessDaysBetween(fromInclusive, toExclusive);
    }
}
