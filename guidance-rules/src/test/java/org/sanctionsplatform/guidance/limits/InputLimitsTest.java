package org.sanctionsplatform.guidance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.calendar.Division;

class InputLimitsTest {

    @Test
    void datesAreAcceptedExactlyOverTheBusinessCalendarsRange() {
        var calendar = BusinessCalendars.standard().of(Division.ENGLAND_AND_WALES);

        assertThat(InputLimits.EARLIEST_DATE).isEqualTo(calendar.firstSupportedDate());
        assertThat(InputLimits.LATEST_DATE).isEqualTo(calendar.lastSupportedDate());
        assertThat(InputLimits.dateProblem(LocalDate.of(2015, 1, 1))).isEmpty();
        assertThat(InputLimits.dateProblem(LocalDate.of(2035, 12, 31))).isEmpty();
        assertThat(InputLimits.dateProblem(LocalDate.of(2014, 12, 31)))
                .contains("must be from 2015-01-01 to 2035-12-31, the dates the UK business calendar supports");
        assertThat(InputLimits.dateProblem(LocalDate.of(1, 1, 1))).isPresent();
        assertThat(InputLimits.dateProblem(LocalDate.of(2036, 1, 1))).isPresent();
    }

    @Test
    void textIsMeasuredInCharacters() {
        assertThat(InputLimits.lengthProblem("x".repeat(100), InputLimits.ID_LENGTH)).isEmpty();
        assertThat(InputLimits.lengthProblem("x".repeat(101), InputLimits.ID_LENGTH)).contains("must be at most 100 characters");
        assertThat(InputLimits.lengthProblem(null, InputLimits.ID_LENGTH)).isEmpty();
    }
}
