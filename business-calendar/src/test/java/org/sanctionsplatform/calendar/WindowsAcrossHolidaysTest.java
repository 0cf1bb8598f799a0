package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Windows of N business days that run across year ends, Easter, the one-off bank holidays of 2020, 2022 and
 * 2023, substitute days and each division's own days, worked by hand from the GOV.UK lists. Each row is
 * checked three ways: adding N business days to the start, counting the business days back from the end,
 * and subtracting N business days from the end.
 */
class WindowsAcrossHolidaysTest {

    @ParameterizedTest(name = "{0}: {2} business days after {1} is {3}")
    @CsvSource(textBlock = """
            # year ends: 2022 Christmas on Sunday (substitute Tue 27), New Year's Day 2023 on Sunday (Mon 2)
            ENGLAND_AND_WALES, 2022-12-23,  5, 2023-01-04
            NORTHERN_IRELAND,  2022-12-23,  5, 2023-01-04
            # Scotland: 2 January substitute on Tue 3 January 2023
            SCOTLAND,          2022-12-23,  5, 2023-01-05
            # 2020: Christmas Friday, Boxing Day Saturday → Monday 28
            ENGLAND_AND_WALES, 2020-12-24,  1, 2020-12-29
            # 2025/26: Christmas Thursday, Boxing Day Friday, New Year Thursday; Scotland also Friday 2 January
            ENGLAND_AND_WALES, 2025-12-31,  1, 2026-01-02
            SCOTLAND,          2025-12-31,  1, 2026-01-05
            ENGLAND_AND_WALES, 2025-12-24,  5, 2026-01-05
            SCOTLAND,          2025-12-24,  5, 2026-01-06
            # Easter 2024: Good Friday 29 March everywhere, Easter Monday 1 April not in Scotland
            ENGLAND_AND_WALES, 2024-03-28,  1, 2024-04-02
            SCOTLAND,          2024-03-28,  1, 2024-04-01
            NORTHERN_IRELAND,  2024-03-28,  1, 2024-04-02
            # ... and St Patrick's Day 2024 on Sunday: Northern Ireland substitute Monday 18 March
            ENGLAND_AND_WALES, 2024-03-15, 10, 2024-04-02
            SCOTLAND,          2024-03-15, 10, 2024-04-01
            NORTHERN_IRELAND,  2024-03-15, 10, 2024-04-03
            # 2020: early May bank holiday moved to VE Day, Friday 8 May; Monday 4 May a working day
            ENGLAND_AND_WALES, 2020-05-01,  5, 2020-05-11
            ENGLAND_AND_WALES, 2020-05-07,  1, 2020-05-11
            # 2022: spring bank holiday moved to Thursday 2 June, Platinum Jubilee Friday 3 June; Monday 30 May a working day
            ENGLAND_AND_WALES, 2022-05-31,  3, 2022-06-07
            SCOTLAND,          2022-05-27,  1, 2022-05-30
            # 2022: the Queen's State Funeral, Monday 19 September, in every division
            ENGLAND_AND_WALES, 2022-09-16,  1, 2022-09-20
            SCOTLAND,          2022-09-16,  1, 2022-09-20
            NORTHERN_IRELAND,  2022-09-16,  1, 2022-09-20
            # 2023: the Coronation, Monday 8 May, a week after the early May bank holiday
            ENGLAND_AND_WALES, 2023-04-28, 10, 2023-05-16
            NORTHERN_IRELAND,  2023-04-28, 10, 2023-05-16
            # St Andrew's Day: Thursday 30 November 2023; Sunday 30 November 2025 → Monday 1 December
            SCOTLAND,          2023-11-29,  1, 2023-12-01
            SCOTLAND,          2025-11-28,  1, 2025-12-02
            ENGLAND_AND_WALES, 2025-11-28,  1, 2025-12-01
            # Battle of the Boyne: Wednesday 12 July 2023; Saturday 12 July 2025 → Monday 14 July
            NORTHERN_IRELAND,  2023-07-11,  1, 2023-07-13
            NORTHERN_IRELAND,  2025-07-11,  1, 2025-07-15
            ENGLAND_AND_WALES, 2025-07-11,  1, 2025-07-14
            """)
    void aWindowAcrossBankHolidaysEndsOnTheNthBusinessDayAfterItsStart(Division division, LocalDate start, int n,
                                                                       LocalDate end) {
        BusinessCalendar calendar = Calendars.of(division);

        assertThat(calendar.addBusinessDays(start, n)).isEqualTo(end);
        assertThat(calendar.businessDaysBetween(start, end)).isEqualTo(n);
        assertThat(calendar.addBusinessDays(end, -n)).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0}: before {1} comes {2}")
    @CsvSource(textBlock = """
            ENGLAND_AND_WALES, 2024-04-02, 2024-03-28
            SCOTLAND,          2024-04-02, 2024-04-01
            SCOTLAND,          2024-04-01, 2024-03-28
            ENGLAND_AND_WALES, 2023-01-03, 2022-12-30
            SCOTLAND,          2023-01-04, 2022-12-30
            NORTHERN_IRELAND,  2025-07-15, 2025-07-11
            SCOTLAND,          2025-12-02, 2025-11-28
            """)
    void thePreviousBusinessDaySkipsBackOverTheHolidays(Division division, LocalDate date, LocalDate previous) {
        assertThat(Calendars.of(division).previousBusinessDay(date)).isEqualTo(previous);
        assertThat(Calendars.of(division).addBusinessDays(date, -1)).isEqualTo(previous);
    }

    @ParameterizedTest(name = "{0}: business days after {1} up to {2}: {3}")
    @CsvSource(textBlock = """
            # 2022 had 10 bank holidays in England and Wales: 365 days − 105 weekend days − 10 = 250 (1 January a Saturday)
            ENGLAND_AND_WALES, 2021-12-31, 2022-12-31, 250
            SCOTLAND,          2021-12-31, 2022-12-31, 249
            NORTHERN_IRELAND,  2021-12-31, 2022-12-31, 248
            # 2023: 365 − 105 − 9 (Coronation) = 251
            ENGLAND_AND_WALES, 2022-12-31, 2023-12-31, 251
            # 2026: 365 − 104 − 8 = 253
            ENGLAND_AND_WALES, 2025-12-31, 2026-12-31, 253
            """)
    void aYearHasItsWeekdaysLessItsWeekdayBankHolidays(Division division, LocalDate start, LocalDate end, int count) {
        assertThat(Calendars.of(division).businessDaysBetween(start, end)).isEqualTo(count);
        assertThat(Calendars.of(division).businessDaysBetween(end, start)).isEqualTo(-count);
    }
}
