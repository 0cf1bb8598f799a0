package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Every indexed operation agrees with the obvious day-by-day loop, for every division, random dates across
 * the whole supported range (range ends included) and random N; where the loop leaves the range the
 * calendar must refuse with {@link DateOutOfCalendarRangeException}.
 */
class BusinessCalendarPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(BusinessCalendar.DEFAULT_FIRST_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(BusinessCalendar.DEFAULT_LAST_YEAR, 12, 31);
    private static final Map<Division, NaiveBusinessCalendar> ORACLES = new EnumMap<>(Division.class);

    /** Operator-configured extras: a proclaimed day per division (one Jollyday already knows) and working days. */
    private static final String PROCLAIMED = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "Proclaimed one", "date": "2020-06-01", "notes": "", "bunting": true},
              {"title": "Proclaimed two", "date": "2026-06-15", "notes": "", "bunting": true},
              {"title": "Proclaimed three", "date": "2030-03-12", "notes": "", "bunting": false}]},
             "scotland": {"division": "scotland", "events": [
              {"title": "World Cup bank holiday", "date": "2026-06-15"},
              {"title": "Proclaimed four", "date": "2027-06-14"}]},
             "northern-ireland": {"division": "northern-ireland", "events": [
              {"title": "Proclaimed five", "date": "2031-09-01"}]}}
            """;
    private static final Map<Division, Set<LocalDate>> EXTRA_HOLIDAYS = Map.of(
            Division.ENGLAND_AND_WALES, Set.of(LocalDate.of(2020, 6, 1), LocalDate.of(2026, 6, 15), LocalDate.of(2030, 3, 12)),
            Division.SCOTLAND, Set.of(LocalDate.of(2026, 6, 15), LocalDate.of(2027, 6, 14)),
            Division.NORTHERN_IRELAND, Set.of(LocalDate.of(2031, 9, 1)));
    /** Summer bank holiday 2026 (E&W, NI), Boxing Day 2033, St Andrew's Day substitute 2030 (Scotland). */
    private static final Set<LocalDate> EXTRA_WORKING_DAYS =
            Set.of(LocalDate.of(2026, 8, 31), LocalDate.of(2033, 12, 26), LocalDate.of(2030, 12, 2));
    private static final Map<Division, BusinessCalendar> WITH_EXTRAS = new EnumMap<>(Division.class);
    private static final Map<Division, NaiveBusinessCalendar> WITH_EXTRAS_ORACLES = new EnumMap<>(Division.class);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static {
        GovUkBankHolidays proclaimed = GovUkBankHolidays.parse(PROCLAIMED, "proclaimed.json");
        for (Division division : Division.values()) {
            ORACLES.put(division, new NaiveBusinessCalendar(division, FIRST, LAST, Set.of(), Set.of()));
            WITH_EXTRAS.put(division, BusinessCalendar.builder()
                    .division(division)
                    .extraHolidays(proclaimed)
                    .extraWorkingDays(EXTRA_WORKING_DAYS)
                    .build());
            WITH_EXTRAS_ORACLES.put(division, new NaiveBusinessCalendar(
                    division, FIRST, LAST, EXTRA_HOLIDAYS.get(division), EXTRA_WORKING_DAYS));
        }
    }

    @Provide
    Arbitrary<LocalDate> datesInRange() {
        long days = LAST.toEpochDay() - FIRST.toEpochDay();
        return Arbitraries.longs().between(0, days).map(FIRST::plusDays);
    }

    @Property
    void isBusinessDayAgreesWithTheDayByDayDefinition(@ForAll Division division,
                                                        @ForAll("datesInRange") LocalDate date) {
        assertThat(Calendars.of(division).isBusinessDay(date)).isEqualTo(ORACLES.get(division).isBusinessDay(date));
    }

    @Property
    void addingBusinessDaysAgreesWithCountingThemOneByOne(@ForAll Division division,
                                                         @ForAll("datesInRange") LocalDate date,
                                                         @ForAll @IntRange(min = -300, max = 300) int n) {
        BusinessCalendar calendar = Calendars.of(division);
        Optional<LocalDate> expected = ORACLES.get(division).addBusinessDays(date, n);
        Statistics.collect(expected.isPresent() ? "in range" : "out of range");
        assertAgrees(expected, () -> calendar.addBusinessDays(date, n));
        // both outcomes must really be exercised (the range ends are jqwik edge cases)
        Statistics.coverage(coverage -> coverage.check("out of range").count(c -> c > 0));
    }

    @Property
    void nextAndPreviousBusinessDayAgreeWithStepping(@ForAll Division division,
                                                     @ForAll("datesInRange") LocalDate date) {
        BusinessCalendar calendar = Calendars.of(division);
        NaiveBusinessCalendar oracle = ORACLES.get(division);
        assertAgrees(oracle.addBusinessDays(date, 1), () -> calendar.nextBusinessDay(date));
        assertAgrees(oracle.addBusinessDays(date, -1), () -> calendar.previousBusinessDay(date));
        assertAgrees(oracle.onOrAfter(date), () -> calendar.businessDayOnOrAfter(date));
    }

    @Property
    void businessDaysBetweenAgreesWithCountingThemOneByOne(@ForAll Division division,
                                                          @ForAll("datesInRange") LocalDate start,
                                                          @ForAll("datesInRange") LocalDate end) {
        assertThat(Calendars.of(division).businessDaysBetween(start, end))
                .isEqualTo(ORACLES.get(division).businessDaysBetween(start, end));
    }

    @Property
    void countingTheBusinessDaysAddedGivesBackN(@ForAll Division division,
                                                @ForAll("datesInRange") LocalDate date,
                                                @ForAll @IntRange(min = 1, max = 300) int n) {
        BusinessCalendar calendar = Calendars.of(division);
        Optional<LocalDate> expected = ORACLES.get(division).addBusinessDays(date, n);
        if (expected.isPresent()) {
            assertThat(calendar.businessDaysBetween(date, calendar.addBusinessDays(date, n))).isEqualTo(n);
            assertThat(calendar.businessDaysBetween(calendar.addBusinessDays(date, n), date)).isEqualTo(-n);
        }
    }

    @Property
    void addingCalendarDaysRollsForwardToTheFirstBusinessDayOnOrAfter(@ForAll Division division,
                                                                    @ForAll("datesInRange") LocalDate date,
                                                                    @ForAll @IntRange(min = -60, max = 60) int days) {
        LocalDate landing = date.plusDays(days);
        NaiveBusinessCalendar oracle = ORACLES.get(division);
        Optional<LocalDate> expected = oracle.inRange(landing) ? oracle.onOrAfter(landing) : Optional.empty();
        assertAgrees(expected, () -> Calendars.of(division).addCalendarDaysRollingForward(date, days));
    }

    @Property
    void addingCalendarMonthsRollsForwardToTheFirstBusinessDayOnOrAfter(@ForAll Division division,
                                                                      @ForAll("datesInRange") LocalDate date,
                                                                      @ForAll @IntRange(min = -24, max = 24) int months) {
        LocalDate landing = date.plusMonths(months);
        NaiveBusinessCalendar oracle = ORACLES.get(division);
        Optional<LocalDate> expected = oracle.inRange(landing) ? oracle.onOrAfter(landing) : Optional.empty();
        assertAgrees(expected, () -> Calendars.of(division).addCalendarMonthsRollingForward(date, months));
    }

    @Property
    void aCalendarWithExtraHolidaysAndWorkingDaysAgreesWithTheDayByDayDefinition(
            @ForAll Division division, @ForAll("datesInRange") LocalDate date,
            @ForAll @IntRange(min = -300, max = 300) int n) {
        BusinessCalendar calendar = WITH_EXTRAS.get(division);
        NaiveBusinessCalendar oracle = WITH_EXTRAS_ORACLES.get(division);
        assertThat(calendar.isBusinessDay(date)).isEqualTo(oracle.isBusinessDay(date));
        assertAgrees(oracle.addBusinessDays(date, n), () -> calendar.addBusinessDays(date, n));
        assertAgrees(oracle.addBusinessDays(date, 1), () -> calendar.nextBusinessDay(date));
        assertAgrees(oracle.addBusinessDays(date, -1), () -> calendar.previousBusinessDay(date));
        assertAgrees(oracle.onOrAfter(date), () -> calendar.businessDayOnOrAfter(date));
        LocalDate other = date.plusDays(n);
        if (oracle.inRange(other)) {
            assertThat(calendar.businessDaysBetween(date, other)).isEqualTo(oracle.businessDaysBetween(date, other));
            assertAgrees(oracle.onOrAfter(other), () -> calendar.addCalendarDaysRollingForward(date, n));
        }
    }

    @Property
    void theEndOfADayIsItsLastMillisecondInLondon(@ForAll("datesInRange") LocalDate date) {
        Instant end = Calendars.englandAndWales().endOfDay(date);
        // the next London midnight, found by java.time's own zone rules, less one millisecond
        assertThat(end).isEqualTo(date.plusDays(1).atStartOfDay(LONDON).toInstant().minusMillis(1));
        assertThat(end.atZone(LONDON).toLocalDate()).isEqualTo(date);
    }

    @Property
    void aWindowOfNBusinessDaysClosesAtTheEndOfTheDayTheLoopReaches(@ForAll Division division,
                                                                   @ForAll("datesInRange") LocalDate date,
                                                                   @ForAll @IntRange(min = 1, max = 60) int n) {
        Optional<LocalDate> lastDay = ORACLES.get(division).addBusinessDays(date, n);
        if (lastDay.isPresent()) {
            assertThat(Calendars.of(division).endOfNthBusinessDayAfter(date, n))
                    .isEqualTo(lastDay.get().plusDays(1).atStartOfDay(LONDON).toInstant().minusMillis(1));
        } else {
            assertThatThrownBy(() -> Calendars.of(division).endOfNthBusinessDayAfter(date, n))
                    .isInstanceOf(DateOutOfCalendarRangeException.class);
        }
    }

    /** 126 combinations: jqwik tries them all (exhaustive generation). */
    @Property(tries = 200)
    void theHolidayListOfAYearHoldsExactlyTheWeekdaysTheLoopFindsClosed(
            @ForAll Division division, @ForAll @IntRange(min = 2015, max = 2035) int year, @ForAll boolean withExtras) {
        BusinessCalendar calendar = withExtras ? WITH_EXTRAS.get(division) : Calendars.of(division);
        NaiveBusinessCalendar oracle = withExtras ? WITH_EXTRAS_ORACLES.get(division) : ORACLES.get(division);
        assertThat(calendar.holidays(year)).extracting(BankHoliday::date)
                .filteredOn(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .containsExactlyElementsOf(oracle.weekdaysClosed(year));
    }

    private static void assertAgrees(Optional<LocalDate> expected, Supplier<LocalDate> actual) {
        if (expected.isPresent()) {
            assertThat(actual.get()).isEqualTo(expected.get());
        } else {
            assertThatThrownBy(actual::get).isInstanceOf(DateOutOfCalendarRangeException.class);
        }
    }
}
