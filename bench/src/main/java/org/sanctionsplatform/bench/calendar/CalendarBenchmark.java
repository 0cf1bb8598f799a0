package org.sanctionsplatform.bench.calendar;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sanctionsplatform.calendar.BusinessCalendar;

/**
 * Our indexed {@link BusinessCalendar} against a day-by-day loop over the same holidays and against ObjectLab
 * Kit's {@code LocalDateCalculator}, in one JMH run: (a) add 30 business days to a random business day,
 * (b) count the business days over a year (after d up to and including d + 365) from a random date; start
 * dates are seeded and precomputed across 2016–2034, England and Wales ({@link CalendarBenchmarkInputs}).
 * Each invocation is one operation on the next input. The answers are checked equal by
 * {@code CalendarBenchmarkFairnessTest}.
 *
 * <p>Run: {@code bench/run-jmh CalendarBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    private static final int MASK = CalendarBenchmarkInputs.SIZE - 1;

    private CalendarBenchmarkInputs inputs;
    private BusinessCalendar ours;
    private DayByDayCalendar dayByDay;
    private ObjectLabCalendar objectLab;
    private int next;

    @Setup
    public void setUp() {
        inputs = new CalendarBenchmarkInputs();
        ours = inputs.ours;
        dayByDay = inputs.dayByDay();
        objectLab = inputs.objectLab();
    }

    private int nextIndex() {
        next = (next + 1) & MASK;
        return next;
    }

    @Benchmark
    public LocalDate add30BusinessDays_ours() {
        return ours.addBusinessDays(inputs.addStarts[nextIndex()], CalendarBenchmarkInputs.BUSINESS_DAYS_TO_ADD);
    }

    @Benchmark
    public LocalDate add30BusinessDays_dayByDayLoop() {
        return dayByDay.addBusinessDays(inputs.addStarts[nextIndex()], CalendarBenchmarkInputs.BUSINESS_DAYS_TO_ADD);
    }

    @Benchmark
    public LocalDate add30BusinessDays_objectLab() {
        return objectLab.addBusinessDays(inputs.addStarts[nextIndex()], CalendarBenchmarkInputs.BUSINESS_DAYS_TO_ADD);
    }

    @Benchmark
    public int countBusinessDaysOverAYear_ours() {
        int i = nextIndex();
        return ours.businessDaysBetween(inputs.countStarts[i], inputs.countEnds[i]);
    }

    @Benchmark
    public int countBusinessDaysOverAYear_dayByDayLoop() {
        int i = nextIndex();
        return dayByDay.businessDaysBetween(inputs.countStarts[i], inputs.countEnds[i]);
    }

    @Benchmark
    public int countBusinessDaysOverAYear_objectLab() {
        int i = nextIndex();
        return objectLab.countFromTo(inputs.objectLabCountFroms[i], inputs.objectLabCountTos[i]);
    }
}
