package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;

/** For every notice date and division: the window ends on a business day, exactly N business days later. */
class DueDatesPropertiesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Property(tries = 300)
    void aBusinessDayWindowEndsAtTheEndOfTheNthBusinessDayAfterItsStart(@ForAll("noticeDates") LocalDate notice,
                                                                          @ForAll Division division,
                                                                          @ForAll("windowLengths") int days) {
        BusinessCalendar calendar = CaseFixtures.calendar(division);

        DueDates.Due due = CaseFixtures.DUE_DATES.due(WindowLength.businessDays(days), notice, division);

        assertThat(due.dueDate()).isAfter(notice);
        assertThat(calendar.isBusinessDay(due.dueDate())).isTrue();
        assertThat(calendar.businessDaysBetween(notice, due.dueDate())).isEqualTo(days);
        assertThat(ZonedDateTime.ofInstant(due.dueAt(), LONDON).toLocalDate()).isEqualTo(due.dueDate());
        assertThat(ZonedDateTime.ofInstant(due.dueAt(), LONDON).toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59, 999_000_000));
    }

    @Provide
    Arbitrary<LocalDate> noticeDates() {
        return Arbitraries.longs().between(LocalDate.of(2016, 1, 1).toEpochDay(), LocalDate.of(2034, 6, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Integer> windowLengths() {
        return Arbitraries.of(10, 15, 20, 30);
    }
}
