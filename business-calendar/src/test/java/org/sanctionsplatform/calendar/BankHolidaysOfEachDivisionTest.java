package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.calendar.Calendars.date;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bank holidays checked against the GOV.UK list (gov.uk/bank-holidays): year ends and substitute days,
 * Easter, the one-off days, and each division's own days.
 */
class BankHolidaysOfEachDivisionTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(textBlock = """
            # England and Wales, 2020
            ENGLAND_AND_WALES, 2020, 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
            # 2021: Christmas on Saturday, Boxing Day on Sunday, both substituted
            ENGLAND_AND_WALES, 2021, 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
            # 2022: Jubilee, moved spring bank holiday, State Funeral; Christmas on Sunday
            ENGLAND_AND_WALES, 2022, 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27
            ENGLAND_AND_WALES, 2023, 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
            ENGLAND_AND_WALES, 2026, 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
            SCOTLAND,          2022, 2022-01-03 2022-01-04 2022-04-15 2022-05-02 2022-06-02 2022-06-03 2022-08-01 2022-09-19 2022-11-30 2022-12-26 2022-12-27
            SCOTLAND,          2024, 2024-01-01 2024-01-02 2024-03-29 2024-05-06 2024-05-27 2024-08-05 2024-12-02 2024-12-25 2024-12-26
            # 2026: the one-off World Cup bank holiday, proclaimed 3 February 2026, Scotland only
            SCOTLAND,          2026, 2026-01-01 2026-01-02 2026-04-03 2026-05-04 2026-05-25 2026-06-15 2026-08-03 2026-11-30 2026-12-25 2026-12-28
            NORTHERN_IRELAND,  2022, 2022-01-03 2022-03-17 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-07-12 2022-08-29 2022-09-19 2022-12-26 2022-12-27
            NORTHERN_IRELAND,  2024, 2024-01-01 2024-03-18 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-07-12 2024-08-26 2024-12-25 2024-12-26
            NORTHERN_IRELAND,  2025, 2025-01-01 2025-03-17 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-07-14 2025-08-25 2025-12-25 2025-12-26
            """)
    void theBankHolidaysOfAYearAreExactlyThoseOnGovUk(Division division, int year, String govUkDates) {
        List<LocalDate> expected = Arrays.stream(govUkDates.split(" ")).map(LocalDate::parse).toList();

        List<LocalDate> listed = Calendars.of(division).holidays(year).stream().map(BankHoliday::date).toList();

        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(expected).allSatisfy(d -> assertThat(Calendars.of(division).isBusinessDay(d)).isFalse());
    }

    @Test
    void christmasOnSaturdayAndBoxingDayOnSundayAreObservedOnMondayAndTuesday() {
        BusinessCalendar calendar = Calendars.englandAndWales();

        assertThat(calendar.isBusinessDay(date("2021-12-24"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2021-12-27"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2021-12-28"))).isFalse();
        assertThat(calendar.nextBusinessDay(date("2021-12-24"))).isEqualTo(date("2021-12-29"));
    }

    @Test
    void christmasOnSundayIsObservedOnTheTuesdayAfterBoxingDay() {
        BusinessCalendar calendar = Calendars.englandAndWales();

        assertThat(calendar.isBusinessDay(date("2022-12-26"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2022-12-27"))).isFalse();
        assertThat(calendar.nextBusinessDay(date("2022-12-23"))).isEqualTo(date("2022-12-28"));
    }

    @Test
    void theHolidayListUsesTheObservedSubstituteDateNotTheWeekendDate() {
        assertThat(Calendars.englandAndWales().holidays(2021))
                .extracting(BankHoliday::date)
                .doesNotContain(date("2021-12-25"), date("2021-12-26"))
                .contains(date("2021-12-27"), date("2021-12-28"));
    }

    @Test
    void goodFridayIsAHolidayEverywhereButEasterMondayNotInScotland() {
        LocalDate goodFriday = date("2025-04-18");
        LocalDate easterMonday = date("2025-04-21");

        for (Division division : Division.values()) {
            assertThat(Calendars.of(division).isBusinessDay(goodFriday)).as(division.govUkName()).isFalse();
        }
        assertThat(Calendars.englandAndWales().isBusinessDay(easterMonday)).isFalse();
        assertThat(Calendars.northernIreland().isBusinessDay(easterMonday)).isFalse();
        assertThat(Calendars.scotland().isBusinessDay(easterMonday)).isTrue();
    }

    @Test
    void theEarlyMayBankHolidayOf2020MovedToVeDayOnFriday8May() {
        BusinessCalendar calendar = Calendars.englandAndWales();

        assertThat(calendar.isBusinessDay(date("2020-05-08"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2020-05-04"))).isTrue();
    }

    @Test
    void in2022TheSpringBankHolidayMovedTo2JuneNextToThePlatinumJubileeOn3June() {
        for (Division division : Division.values()) {
            BusinessCalendar calendar = Calendars.of(division);
            assertThat(calendar.isBusinessDay(date("2022-06-02"))).as(division.govUkName()).isFalse();
            assertThat(calendar.isBusinessDay(date("2022-06-03"))).as(division.govUkName()).isFalse();
            assertThat(calendar.isBusinessDay(date("2022-05-30"))).as(division.govUkName()).isTrue();
            assertThat(calendar.nextBusinessDay(date("2022-06-01"))).isEqualTo(date("2022-06-06"));
        }
    }

    @Test
    void theQueensStateFuneralAndTheCoronationWereBankHolidaysEverywhere() {
        for (Division division : Division.values()) {
            assertThat(Calendars.of(division).isBusinessDay(date("2022-09-19"))).as(division.govUkName()).isFalse();
            assertThat(Calendars.of(division).isBusinessDay(date("2023-05-08"))).as(division.govUkName()).isFalse();
        }
    }

    @Test
    void newYearsDayOnSundayIsObservedOnMondayEverywhere() {
        for (Division division : Division.values()) {
            assertThat(Calendars.of(division).isBusinessDay(date("2023-01-02"))).as(division.govUkName()).isFalse();
        }
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2023-01-03"))).isTrue();
    }

    @Test
    void scotlandAlsoHasSecondJanuaryWithItsOwnSubstituteDay() {
        BusinessCalendar scotland = Calendars.scotland();

        assertThat(scotland.isBusinessDay(date("2025-01-02"))).isFalse();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2025-01-02"))).isTrue();
        // 2023: 1 January on Sunday → Monday 2nd; 2 January therefore → Tuesday 3rd
        assertThat(scotland.isBusinessDay(date("2023-01-03"))).isFalse();
        // 2021: 2 January on Saturday → Monday 4th
        assertThat(scotland.isBusinessDay(date("2021-01-04"))).isFalse();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2021-01-04"))).isTrue();
    }

    @Test
    void stAndrewsDayIsAScottishHolidayMovedToMondayWhenOnAWeekend() {
        BusinessCalendar scotland = Calendars.scotland();

        assertThat(scotland.isBusinessDay(date("2023-11-30"))).isFalse();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2023-11-30"))).isTrue();
        // 30 November 2025 is a Sunday: substitute Monday 1 December
        assertThat(scotland.isBusinessDay(date("2025-12-01"))).isFalse();
        // 30 November 2024 is a Saturday: substitute Monday 2 December
        assertThat(scotland.isBusinessDay(date("2024-12-02"))).isFalse();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2024-12-02"))).isTrue();
    }

    @Test
    void scotlandsSummerBankHolidayIsTheFirstMondayOfAugustNotTheLast() {
        assertThat(Calendars.scotland().isBusinessDay(date("2025-08-04"))).isFalse();
        assertThat(Calendars.scotland().isBusinessDay(date("2025-08-25"))).isTrue();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2025-08-25"))).isFalse();
    }

    @Test
    void northernIrelandHasStPatricksDayAndTheBattleOfTheBoyneWithSubstitutes() {
        BusinessCalendar ni = Calendars.northernIreland();

        assertThat(ni.isBusinessDay(date("2025-03-17"))).isFalse();
        assertThat(ni.isBusinessDay(date("2023-07-12"))).isFalse();
        // 17 March 2024 is a Sunday → Monday 18th; 12 July 2025 is a Saturday → Monday 14th
        assertThat(ni.isBusinessDay(date("2024-03-18"))).isFalse();
        assertThat(ni.isBusinessDay(date("2025-07-14"))).isFalse();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2025-03-17"))).isTrue();
        assertThat(Calendars.englandAndWales().isBusinessDay(date("2025-07-14"))).isTrue();
        assertThat(Calendars.scotland().isBusinessDay(date("2023-07-12"))).isTrue();
    }

    @Test
    void everyHolidayComesFromJollydayWhenNoExtrasAreConfigured() {
        assertThat(Calendars.scotland().holidays(2026))
                .allSatisfy(h -> assertThat(h.origin()).isEqualTo(BankHoliday.Origin.JOLLYDAY))
                .filteredOn(h -> h.date().equals(date("2026-06-15")))
                .singleElement()
                .extracting(BankHoliday::title).asString().containsIgnoringCase("world cup");
    }
}
