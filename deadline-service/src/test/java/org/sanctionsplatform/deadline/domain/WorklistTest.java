package org.sanctionsplatform.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowLength;
import org.sanctionsplatform.guidance.windows.WindowState;

/** The worklist as of Monday 21 December 2026: open windows due within N business days, each in its own division. */
class WorklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 21);
    private static final BusinessCalendars CALENDARS = BusinessCalendars.standard();
    private static final DueDates DUE_DATES = new DueDates(CALENDARS);

    @Test
    void withinFiveBusinessDaysOfMonday21DecemberRunsToWednesday30DecemberOverChristmas() {
        Window dueToday = window("a", Division.ENGLAND_AND_WALES, TODAY, WindowState.OPEN);
        Window dueOnTheFifth = window("b", Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 30), WindowState.OPEN);
        Window dueOnTheSixth = window("c", Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 31), WindowState.OPEN);
        Window overdue = window("d", Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 18), WindowState.OPEN);
        Window met = window("e", Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 22), WindowState.MET);

        List<Worklist.Entry> entries = Worklist.of(List.of(dueOnTheSixth, dueOnTheFifth, overdue, met, dueToday), TODAY, 5,
                DUE_DATES);

        assertThat(entries).extracting(e -> e.window().caseId().value(), Worklist.Entry::businessDaysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 0), org.assertj.core.groups.Tuple.tuple("b", 5));
    }

    @Test
    void eachWindowIsCountedInItsOwnDivision() {
        // 4 January 2027 is a bank holiday in Scotland only: 7 business days ahead there, 8 in England and Wales
        Window scottish = window("s", Division.SCOTLAND, LocalDate.of(2027, 1, 5), WindowState.OPEN);
        Window english = window("e", Division.ENGLAND_AND_WALES, LocalDate.of(2027, 1, 5), WindowState.OPEN);

        List<Worklist.Entry> within7 = Worklist.of(List.of(scottish, english), TODAY, 7, DUE_DATES);

        assertThat(within7).extracting(e -> e.window().caseId().value(), Worklist.Entry::businessDaysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s", 7));
        assertThat(Worklist.of(List.of(scottish, english), TODAY, 8, DUE_DATES)).hasSize(2);
        assertThat(Worklist.furthestHorizon(TODAY, 7, DUE_DATES)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aLookAheadBeyond250BusinessDaysOrBelowZeroIsRefused() {
        assertThatThrownBy(() -> Worklist.of(List.of(), TODAY, 251, DUE_DATES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Worklist.of(List.of(), TODAY, -1, DUE_DATES)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Window window(String caseId, Division division, LocalDate due, WindowState state) {
        return new Window(new WindowId(caseId + "-w"), new CaseId(caseId), WindowKind.PAYMENT, Optional.empty(), "10",
                division, due.minusDays(40), WindowLength.businessDays(30), due,
                CALENDARS.of(division).endOfDay(due), false, "pf-1", state);
    }
}
