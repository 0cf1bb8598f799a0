package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionsplatform.calendar.Calendars.date;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The exact semantics of the window arithmetic, on hand-checked dates around Easter and Christmas 2026
 * (England and Wales: Good Friday 3 April, Easter Monday 6 April, Christmas Friday 25 December, Boxing Day
 * substitute Monday 28 December, New Year's Day Friday 1 January 2027).
 */
class WindowArithmeticTest {

    private final BusinessCalendar englandAndWales = Calendars.englandAndWales();
    private final BusinessCalendar scotland = Calendars.scotland();

    @Test
    void addingOneBusinessDayDoesNotCountTheStartDateAndSkipsTheEasterWeekend() {
        assertThat(englandAndWales.addBusinessDays(date("2026-04-02"), 1)).isEqualTo(date("2026-04-07"));
        assertThat(scotland.addBusinessDays(date("2026-04-02"), 1)).isEqualTo(date("2026-04-06"));
    }

    @Test
    void addingZeroBusinessDaysKeepsABusinessDayAndRollsAnyOtherDayForward() {
        assertThat(englandAndWales.addBusinessDays(date("2026-12-24"), 0)).isEqualTo(date("2026-12-24"));
        assertThat(englandAndWales.addBusinessDays(date("2026-12-26"), 0)).isEqualTo(date("2026-12-29"));
        assertThat(englandAndWales.businessDayOnOrAfter(date("2026-12-25"))).isEqualTo(date("2026-12-29"));
    }

    @Test
    void addingNegativeBusinessDaysCountsBackFromTheDayBeforeTheStart() {
        assertThat(englandAndWales.addBusinessDays(date("2026-12-29"), -1)).isEqualTo(date("2026-12-24"));
        assertThat(englandAndWales.addBusinessDays(date("2026-12-26"), -1)).isEqualTo(date("2026-12-24"));
        assertThat(englandAndWales.addBusinessDays(date("2026-12-29"), -2)).isEqualTo(date("2026-12-23"));
        assertThat(englandAndWales.previousBusinessDay(date("2026-04-07"))).isEqualTo(date("2026-04-02"));
    }

    @Test
    void nextAndPreviousBusinessDayAreStrictlyAfterAndBefore() {
        assertThat(englandAndWales.nextBusinessDay(date("2026-12-23"))).isEqualTo(date("2026-12-24"));
        assertThat(englandAndWales.nextBusinessDay(date("2026-12-24"))).isEqualTo(date("2026-12-29"));
        assertThat(englandAndWales.previousBusinessDay(date("2026-12-24"))).isEqualTo(date("2026-12-23"));
    }

    @Test
    void aTenBusinessDayWindowOverChristmasEndsOnTheTenthBusinessDayAfterTheStart() {
        // 18, 21, 22, 23, 24, 29, 30, 31 December; 1 January is New Year's Day; 4, 5 January
        assertThat(englandAndWales.addBusinessDays(date("2026-12-17"), 10)).isEqualTo(date("2027-01-05"));
        // in Scotland Monday 4 January 2027 is the 2nd January substitute day
        assertThat(scotland.addBusinessDays(date("2026-12-17"), 10)).isEqualTo(date("2027-01-06"));
    }

    @Test
    void withinNBusinessDaysEndsAtTheEndOfTheNthBusinessDayLondonTime() {
        assertThat(englandAndWales.endOfNthBusinessDayAfter(date("2026-12-17"), 10))
                .isEqualTo(Instant.parse("2027-01-05T23:59:59.999Z"));
        // 30 business days from a notice on Monday 1 June 2026: closes Monday 13 July, in BST
        assertThat(englandAndWales.endOfNthBusinessDayAfter(date("2026-06-01"), 30))
                .isEqualTo(Instant.parse("2026-07-13T22:59:59.999Z"));
        assertThatThrownBy(() -> englandAndWales.endOfNthBusinessDayAfter(date("2026-06-01"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 business day");
    }

    @Test
    void businessDaysBetweenCountsAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(englandAndWales.businessDaysBetween(date("2026-12-17"), date("2027-01-05"))).isEqualTo(10);
        assertThat(englandAndWales.businessDaysBetween(date("2026-12-17"), date("2026-12-17"))).isZero();
        assertThat(englandAndWales.businessDaysBetween(date("2026-12-24"), date("2026-12-28"))).isZero();
        assertThat(englandAndWales.businessDaysBetween(date("2026-12-24"), date("2026-12-29"))).isEqualTo(1);
    }

    @Test
    void businessDaysBetweenReversedDatesIsTheNegatedCount() {
        assertThat(englandAndWales.businessDaysBetween(date("2027-01-05"), date("2026-12-17"))).isEqualTo(-10);
        assertThat(englandAndWales.businessDaysBetween(date("2026-12-29"), date("2026-12-24"))).isEqualTo(-1);
    }

    @Test
    void twentyEightCalendarDaysEndingOnABankHolidayMoveToTheNextWorkingDay() {
        // §9: 28 days from Monday 30 November 2026 is Monday 28 December, the Boxing Day substitute
        assertThat(englandAndWales.addCalendarDaysRollingForward(date("2026-11-30"), 28)).isEqualTo(date("2026-12-29"));
        // 28 days from Saturday 7 March 2026 is Easter Saturday: Easter Monday is a holiday in E&W only
        assertThat(englandAndWales.addCalendarDaysRollingForward(date("2026-03-07"), 28)).isEqualTo(date("2026-04-07"));
        assertThat(scotland.addCalendarDaysRollingForward(date("2026-03-07"), 28)).isEqualTo(date("2026-04-06"));
        // a working day stays put
        assertThat(englandAndWales.addCalendarDaysRollingForward(date("2026-06-01"), 28)).isEqualTo(date("2026-06-29"));
    }

    @Test
    void calendarMonthsClampToTheEndOfAShortMonthAndThenRollForward() {
        // 31 December 2025 + 2 months = Saturday 28 February 2026 → Monday 2 March
        assertThat(englandAndWales.addCalendarMonthsRollingForward(date("2025-12-31"), 2)).isEqualTo(date("2026-03-02"));
        // 25 October 2026 + 2 months = Friday 25 December → Tuesday 29 December
        assertThat(englandAndWales.addCalendarMonthsRollingForward(date("2026-10-25"), 2)).isEqualTo(date("2026-12-29"));
        assertThat(englandAndWales.addCalendarMonthsRollingForward(date("2026-05-12"), 2)).isEqualTo(date("2026-07-13"));
    }

    @Test
    void theCalendarNamesItsDivisionAndRange() {
        assertThat(scotland.division()).isEqualTo(Division.SCOTLAND);
        assertThat(scotland.firstSupportedDate()).isEqualTo(date("2015-01-01"));
        assertThat(scotland.lastSupportedDate()).isEqualTo(date("2035-12-31"));
        assertThat(BusinessCalendar.builder().build().division()).isEqualTo(Division.ENGLAND_AND_WALES);
    }

    @Test
    void divisionsCarryTheirGovUkNamesAndJollydayCodes() {
        assertThat(Division.values()).extracting(Division::govUkName)
                .containsExactly("england-and-wales", "scotland", "northern-ireland");
        assertThat(Division.values()).extracting(Division::jollydaySubdivision).containsExactly("eng", "sct", "nir");
        assertThat(Division.fromGovUkName("northern-ireland")).isEqualTo(Division.NORTHERN_IRELAND);
        assertThat(Division.DEFAULT).isEqualTo(Division.ENGLAND_AND_WALES);
        assertThatThrownBy(() -> Division.fromGovUkName("wales"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"wales\"")
                .hasMessageContaining("england-and-wales, scotland, northern-ireland");
    }
}
