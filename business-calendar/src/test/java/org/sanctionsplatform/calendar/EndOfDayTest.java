package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.calendar.Calendars.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The end of a day is 23:59:59.999 in London, in whichever of GMT or BST is in force that evening. */
class EndOfDayTest {

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource(textBlock = """
            # clocks go forward at 01:00 GMT on Sunday 29 March 2026: that evening is BST
            2026-03-28, 2026-03-28T23:59:59.999Z
            2026-03-29, 2026-03-29T22:59:59.999Z
            # clocks go back at 02:00 BST on Sunday 25 October 2026: that evening is GMT
            2026-10-24, 2026-10-24T22:59:59.999Z
            2026-10-25, 2026-10-25T23:59:59.999Z
            2026-07-01, 2026-07-01T22:59:59.999Z
            2026-01-15, 2026-01-15T23:59:59.999Z
            # the last Sundays of March and October at both ends of the supported range and in between
            2015-03-28, 2015-03-28T23:59:59.999Z
            2015-03-29, 2015-03-29T22:59:59.999Z
            2015-10-24, 2015-10-24T22:59:59.999Z
            2015-10-25, 2015-10-25T23:59:59.999Z
            2024-03-31, 2024-03-31T22:59:59.999Z
            2024-10-27, 2024-10-27T23:59:59.999Z
            2025-03-30, 2025-03-30T22:59:59.999Z
            2025-10-26, 2025-10-26T23:59:59.999Z
            2035-03-25, 2035-03-25T22:59:59.999Z
            2035-10-28, 2035-10-28T23:59:59.999Z
            2035-12-31, 2035-12-31T23:59:59.999Z
            """)
    void theEndOfADayIsOneMillisecondBeforeLondonMidnight(LocalDate day, Instant expected) {
        Instant end = Calendars.englandAndWales().endOfDay(day);

        assertThat(end).isEqualTo(expected);
        assertThat(end.atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(day);
        assertThat(end.atZone(ZoneId.of("Europe/London")).toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59, 999_000_000));
        assertThat(end.plusMillis(1).atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(day.plusDays(1));
    }

    @ParameterizedTest(name = "{1} business days after {0} end at {2}")
    @CsvSource(textBlock = """
            # Friday 13 March 2026: the 10th business day is Friday 27 March (GMT), the 11th Monday 30 March (BST)
            2026-03-13, 10, 2026-03-27T23:59:59.999Z
            2026-03-13, 11, 2026-03-30T22:59:59.999Z
            # Friday 16 October 2026: the 5th business day is Friday 23 October (BST), the 6th Monday 26 October (GMT)
            2026-10-16,  5, 2026-10-23T22:59:59.999Z
            2026-10-16,  6, 2026-10-26T23:59:59.999Z
            """)
    void aWindowThatRunsAcrossAClockChangeEndsAtLondonMidnightOfItsLastDay(LocalDate start, int n, Instant expected) {
        assertThat(Calendars.englandAndWales().endOfNthBusinessDayAfter(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-03-29", "2026-10-25"})
    void theEndOfADayIsTheSameWhicheverDivision(LocalDate day) {
        assertThat(Calendars.scotland().endOfDay(day)).isEqualTo(Calendars.northernIreland().endOfDay(day))
                .isEqualTo(Calendars.englandAndWales().endOfDay(date(day.toString())));
    }
}
