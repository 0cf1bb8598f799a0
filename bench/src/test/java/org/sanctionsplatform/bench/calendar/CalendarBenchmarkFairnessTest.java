package org.sanctionsplatform.bench.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: on every one of its inputs the three implementations give the same
 * answer, and the inputs are what the benchmark says they are.
 */
class CalendarBenchmarkFairnessTest {

    private static final int N = CalendarBenchmarkInputs.BUSINESS_DAYS_TO_ADD;
    private final CalendarBenchmarkInputs inputs = new CalendarBenchmarkInputs();
    private final DayByDayCalendar dayByDay = inputs.dayByDay();
    private final ObjectLabCalendar objectLab = inputs.objectLab();

    @Test
    void addingThirtyBusinessDaysGivesTheSameDateInAllThreeOnEveryInput() {
        for (LocalDate start : inputs.addStarts) {
            LocalDate ours = inputs.ours.addBusinessDays(start, N);
            assertThat(dayByDay.addBusinessDays(start, N)).as("day-by-day from %s", start).isEqualTo(ours);
            assertThat(objectLab.addBusinessDays(start, N)).as("ObjectLab from %s", start).isEqualTo(ours);
        }
    }

    @Test
    void countingTheBusinessDaysOfAYearGivesTheSameNumberInAllThreeOnEveryInput() {
        for (int i = 0; i < CalendarBenchmarkInputs.SIZE; i++) {
            LocalDate start = inputs.countStarts[i];
            LocalDate end = inputs.countEnds[i];
            int ours = inputs.ours.businessDaysBetween(start, end);
            assertThat(dayByDay.businessDaysBetween(start, end)).as("day-by-day %s to %s", start, end).isEqualTo(ours);
            assertThat(objectLab.countFromTo(inputs.objectLabCountFroms[i], inputs.objectLabCountTos[i]))
                    .as("ObjectLab %s to %s", start, end).isEqualTo(ours)
                    .isEqualTo(objectLab.businessDaysBetween(start, end));
        }
    }

    @Test
    void theInputsAreSeededBusinessDaysAndYearLongIntervalsSpreadOver2016To2034() {
        CalendarBenchmarkInputs again = new CalendarBenchmarkInputs();
        assertThat(again.addStarts).containsExactly(inputs.addStarts);
        assertThat(again.countStarts).containsExactly(inputs.countStarts);

        assertThat(inputs.addStarts).allSatisfy(d -> assertThat(inputs.ours.isBusinessDay(d)).isTrue());
        for (LocalDate[] starts : new LocalDate[][] {inputs.addStarts, inputs.countStarts}) {
            assertThat(starts).allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2034, 12, 31)));
            assertThat(Arrays.stream(starts).mapToInt(LocalDate::getYear).distinct().count()).isEqualTo(19);
        }
        for (int i = 0; i < CalendarBenchmarkInputs.SIZE; i++) {
            assertThat(inputs.countEnds[i]).isEqualTo(inputs.countStarts[i].plusDays(365));
        }
        // the shared holiday set is the real one: 8 England-and-Wales bank holidays a year, 10 in 2022, 9 in 2023
        assertThat(inputs.holidays).hasSize(21 * 8 + 2 + 1).contains(LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));
    }
}
