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

    @Test
    void moneyHasAtMost13DigitsOfPoundsAnd2OfPenceAndNoExponent() {
        assertThat(InputLimits.moneyProblem("1250.00")).isEmpty();
        assertThat(InputLimits.moneyProblem("9999999999999.99")).isEmpty();
        assertThat(InputLimits.moneyProblem("600000")).isEmpty();
        assertThat(InputLimits.moneyProblem("-5.5")).isEmpty();
        assertThat(InputLimits.moneyProblem("12345678901234.00")).contains("must be an amount in pounds like 1250.00:"
                + " at most 13 digits before the decimal point and 2 after, without exponent notation");
        assertThat(InputLimits.moneyProblem("1.001")).isPresent();
        assertThat(InputLimits.moneyProblem("1e5")).isPresent();
        assertThat(InputLimits.moneyProblem("1E+400")).isPresent();
        assertThat(InputLimits.moneyProblem("NaN")).isPresent();
        assertThat(InputLimits.moneyProblem("１２")).as("digits other than ASCII").isPresent();
        assertThat(InputLimits.moneyProblem(InputLimits.MAX_MONEY.toPlainString())).isEmpty();
    }

    @Test
    void aNumberOfAMillionDigitsIsRefusedWithoutReadingIt() {
        String huge = "9".repeat(1_000_000);

        assertThat(InputLimits.moneyProblem(huge)).isPresent();
        assertThat(InputLimits.percentProblem(huge)).isPresent();
        assertThat(InputLimits.wholeProblem(huge)).isPresent();
    }

    @Test
    void percentagesAreFrom0To100() {
        assertThat(InputLimits.percentProblem("0")).isEmpty();
        assertThat(InputLimits.percentProblem("12.5")).isEmpty();
        assertThat(InputLimits.percentProblem("100")).isEmpty();
        assertThat(InputLimits.percentProblem("100.01"))
                .contains("must be a percentage from 0 to 100 like 25 or 12.5, without exponent notation");
        assertThat(InputLimits.percentProblem("-1")).isPresent();
        assertThat(InputLimits.percentProblem("1e1")).isPresent();
    }

    @Test
    void wholeNumbersHaveAtMost9DigitsAndNoExponent() {
        assertThat(InputLimits.wholeProblem("123456789")).isEmpty();
        assertThat(InputLimits.wholeProblem("-3")).isEmpty();
        assertThat(InputLimits.wholeProblem("1234567890"))
                .contains("must be a whole number of at most 9 digits, without exponent notation");
        assertThat(InputLimits.wholeProblem("2E3")).isPresent();
        assertThat(InputLimits.wholeProblem("3.5")).isPresent();
    }

    @Test
    void listsAreBounded() {
        assertThat(InputLimits.sizeProblem(InputLimits.MAX_BREACHES, InputLimits.MAX_BREACHES)).isEmpty();
        assertThat(InputLimits.sizeProblem(InputLimits.MAX_BREACHES + 1, InputLimits.MAX_BREACHES))
                .contains("must have at most 2000 elements");
    }
}
