package org.sanctionsplatform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionsplatform.calendar.Calendars.date;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Outside its supported years the calendar refuses with a message naming the date and the range. */
class OutOfRangeTest {

    private final BusinessCalendar calendar = BusinessCalendar.builder()
            .division(Division.NORTHERN_IRELAND)
            .supportedYears(2024, 2026)
            .build();

    @Test
    void aDateBeforeOrAfterTheRangeIsRejectedByEveryOperation() {
        LocalDate early = date("2023-12-29");
        LocalDate late = date("2027-01-04");

        assertRejected(() -> calendar.isBusinessDay(early), "2023-12-29 is outside");
        assertRejected(() -> calendar.isBusinessDay(late), "2027-01-04 is outside");
        assertRejected(() -> calendar.nextBusinessDay(late), "2027-01-04 is outside");
        assertRejected(() -> calendar.addBusinessDays(early, 5), "2023-12-29 is outside");
        assertRejected(() -> calendar.businessDaysBetween(date("2025-01-01"), late), "2027-01-04 is outside");
        assertRejected(() -> calendar.businessDaysBetween(early, date("2025-01-01")), "2023-12-29 is outside");
        assertRejected(() -> calendar.endOfDay(late), "2027-01-04 is outside");
        assertRejected(() -> calendar.addCalendarDaysRollingForward(early, 28), "2023-12-29 is outside");
        assertRejected(() -> calendar.addCalendarMonthsRollingForward(late, -2), "2027-01-04 is outside");
        assertRejected(() -> calendar.holidays(2027), "year 2027 is outside");
    }

    @Test
    void aResultBeyondTheRangeIsRejectedNamingTheQuestion() {
        assertRejected(() -> calendar.addBusinessDays(date("2026-12-21"), 10),
                "the 10th business day after 2026-12-21 falls after 2026-12-31");
        assertRejected(() -> calendar.addBusinessDays(date("2024-01-03"), -2),
                "the 2nd business day before 2024-01-03 falls before 2024-01-01");
        // 1 January 2024 is New Year's Day: no business day before 2 January lies in range
        assertRejected(() -> calendar.previousBusinessDay(date("2024-01-02")),
                "the 1st business day before 2024-01-02 falls before 2024-01-01");
        assertRejected(() -> calendar.addCalendarDaysRollingForward(date("2026-12-20"), 28),
                "28 calendar days after 2026-12-20 is 2027-01-17");
        assertRejected(() -> calendar.addCalendarMonthsRollingForward(date("2024-01-31"), -1),
                "-1 calendar months after 2024-01-31 is 2023-12-31");
        // 31 December 2026 is a Thursday business day, so adding none stays in range; the 28th does not roll out
        assertThat(calendar.addBusinessDays(date("2026-12-31"), 0)).isEqualTo(date("2026-12-31"));
        assertRejected(() -> calendar.addBusinessDays(date("2026-12-31"), Integer.MAX_VALUE),
                "the 2147483647th business day after 2026-12-31");
        assertRejected(() -> calendar.addBusinessDays(date("2024-06-03"), Integer.MIN_VALUE),
                "the 2147483648th business day before 2024-06-03");
    }

    @Test
    void theRangeEndsThemselvesAreInside() {
        assertThat(calendar.isBusinessDay(date("2024-01-01"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2026-12-31"))).isTrue();
        assertThat(calendar.firstSupportedDate()).isEqualTo(date("2024-01-01"));
        assertThat(calendar.lastSupportedDate()).isEqualTo(date("2026-12-31"));
    }

    @Test
    void theExceptionCarriesTheRange() {
        assertThatThrownBy(() -> Calendars.englandAndWales().isBusinessDay(date("2036-01-01")))
                .isInstanceOfSatisfying(DateOutOfCalendarRangeException.class, e -> {
                    assertThat(e.firstSupportedDate()).isEqualTo(date("2015-01-01"));
                    assertThat(e.lastSupportedDate()).isEqualTo(date("2035-12-31"));
                    assertThat(e).hasMessage("2036-01-01 is outside the england-and-wales business calendar's "
                            + "supported range 2015-01-01 to 2035-12-31 (widen supportedYears if the date is legitimate)");
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reversedOrAbsurdSupportedYearsAreRejected() {
        assertThatThrownBy(() -> BusinessCalendar.builder().supportedYears(2030, 2020))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030 > 2020");
        assertThatThrownBy(() -> BusinessCalendar.builder().supportedYears(1000, 2000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 400");
    }

    private static void assertRejected(Runnable operation, String expectedMessagePart) {
        assertThatThrownBy(operation::run)
                .isInstanceOf(DateOutOfCalendarRangeException.class)
                .hasMessageContaining(expectedMessagePart)
                .hasMessageContaining("northern-ireland business calendar's supported range 2024-01-01 to 2026-12-31");
    }
}
