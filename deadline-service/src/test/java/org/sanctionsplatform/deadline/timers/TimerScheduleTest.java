package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowLength;
import org.sanctionsplatform.guidance.windows.WindowState;

/** Which timers a window has and when each falls due, in its division's business days (DESIGN §4). */
class TimerScheduleTest {

    private static final BusinessCalendars CALENDARS = BusinessCalendars.standard();
    private static final TimerSchedule DEFAULTS = new TimerSchedule(CALENDARS, ReminderPolicy.defaults());

    @Test
    void aWindowDueOn26January2027RemindsOn19And25And26JanuaryExpiresAtTheEndOfThe26thAndIsOverdueOnThe27th() {
        Window window = window(Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 26));

        assertThat(DEFAULTS.timersOf(window)).extracting(t -> t.kind().key(), ScheduledTimer::fireAt).containsExactly(
                tuple("REMINDER_-5", Instant.parse("2027-01-19T00:00:00Z")),
                tuple("REMINDER_-1", Instant.parse("2027-01-25T00:00:00Z")),
                tuple("REMINDER_0", Instant.parse("2027-01-26T00:00:00Z")),
                tuple("EXPIRY", Instant.parse("2027-01-26T23:59:59.999Z")),
                tuple("REMINDER_+1", Instant.parse("2027-01-27T00:00:00Z")));
    }

    @Test
    void aWindowDueOnTheCalendarsLastBusinessDayKeepsItsExpiryAndEarlierRemindersWithoutTheOverdueOne() {
        // Monday 31 December 2035 is the last supported day: the next business day cannot be placed
        Window window = window(Division.ENGLAND_AND_WALES, LocalDate.of(2035, 11, 19), LocalDate.of(2035, 12, 31));

        assertThat(DEFAULTS.timersOf(window)).extracting(t -> t.kind().key())
                .containsExactly("REMINDER_-5", "REMINDER_-1", "REMINDER_0", "EXPIRY");
    }

    @Test
    void remindersSkipGoodFridayAndEasterMonday() {
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March; summer time from Sunday 28 March (00:00 BST = 23:00 UTC)
        Window dueThursday = window(Division.ENGLAND_AND_WALES, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 3, 25));
        Window dueWednesday = window(Division.ENGLAND_AND_WALES, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 3, 31));

        assertThat(fireAt(dueThursday, "REMINDER_+1")).isEqualTo(Instant.parse("2027-03-29T23:00:00Z"));
        assertThat(fireAt(dueWednesday, "REMINDER_-1")).isEqualTo(Instant.parse("2027-03-29T23:00:00Z"));
        assertThat(fireAt(dueWednesday, "REMINDER_-5")).isEqualTo(Instant.parse("2027-03-22T00:00:00Z"));
    }

    @Test
    void aScottishWindowSkipsTheSecondOfJanuarySubstituteDayThatEnglandWorks() {
        // 2 January 2027 is a Saturday: Scotland keeps Monday 4 January instead; England and Wales work it
        LocalDate due = LocalDate.of(2027, 1, 5);
        Window scottish = window(Division.SCOTLAND, LocalDate.of(2026, 12, 1), due);
        Window english = window(Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 1), due);

        assertThat(fireAt(scottish, "REMINDER_-1")).isEqualTo(Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(fireAt(english, "REMINDER_-1")).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
    }

    @Test
    void inSummerTimeTheRemindersStartTheLondonDayAndTheExpiryEndsIt() {
        Window window = window(Division.NORTHERN_IRELAND, LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 11));

        assertThat(fireAt(window, "REMINDER_-5")).isEqualTo(Instant.parse("2027-06-03T23:00:00Z"));
        assertThat(fireAt(window, "EXPIRY")).isEqualTo(Instant.parse("2027-06-11T22:59:59.999Z"));
    }

    @Test
    void aShortWindowHasNoRemindersOnOrBeforeTheDayItStarts() {
        // two business days from Wednesday 20 January 2027: due Friday 22nd; "5 before" would precede the start
        Window window = window(Division.ENGLAND_AND_WALES, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 22));
        Window oneDay = window(Division.ENGLAND_AND_WALES, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 21));

        assertThat(DEFAULTS.timersOf(window)).extracting(t -> t.kind().key())
                .containsExactly("REMINDER_-1", "REMINDER_0", "EXPIRY", "REMINDER_+1");
        assertThat(DEFAULTS.timersOf(oneDay)).extracting(t -> t.kind().key())
                .containsExactly("REMINDER_0", "EXPIRY", "REMINDER_+1");
    }

    @Test
    void remindersAreConfigurablePerWindowKind() {
        ReminderPolicy policy = new ReminderPolicy(List.of(-1, 0),
                Map.of(WindowKind.REPRESENTATIONS, List.of(2, -10, -10, 0)));
        TimerSchedule schedule = new TimerSchedule(CALENDARS, policy);
        Window representations = window(Division.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 26));

        assertThat(policy.offsetsFor(WindowKind.REPRESENTATIONS)).containsExactly(-10, 0, 2);
        assertThat(policy.offsetsFor(WindowKind.PAYMENT)).containsExactly(-1, 0);
        assertThat(schedule.timersOf(representations)).extracting(t -> t.kind().key(), ScheduledTimer::fireAt)
                .containsExactly(
                        tuple("REMINDER_-10", Instant.parse("2027-01-12T00:00:00Z")),
                        tuple("REMINDER_0", Instant.parse("2027-01-26T00:00:00Z")),
                        tuple("EXPIRY", Instant.parse("2027-01-26T23:59:59.999Z")),
                        tuple("REMINDER_+2", Instant.parse("2027-01-28T00:00:00Z")));
    }

    @Test
    void configuredOffsetsAreParsedOrRefusedNamingTheProperty() {
        String property = "sep.deadline.timers.reminder-offsets.default";

        assertThat(ReminderPolicy.parseOffsets(property, List.of(" -5", "-1 ", "0", "+1"))).containsExactly(-5, -1, 0, 1);
        assertThat(ReminderPolicy.parseOffsets(property, List.of())).isEmpty();
        assertThatThrownBy(() -> ReminderPolicy.parseOffsets(property, List.of("-5", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(property).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> ReminderPolicy.parseOffsets(property, List.of("-500")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(property);
    }

    @Test
    void timerKindsRoundTripThroughTheirKeys() {
        for (TimerKind kind : List.of(new TimerKind.Reminder(-5), new TimerKind.Reminder(0), new TimerKind.Reminder(1),
                TimerKind.Expiry.INSTANCE)) {
            assertThat(TimerKind.parse(kind.key())).isEqualTo(kind);
        }
        assertThat(new TimerKind.Reminder(-5).businessDaysBeforeDue()).isEqualTo(5);
        assertThat(new TimerKind.Reminder(1).businessDaysBeforeDue()).isEqualTo(-1);
        assertThatThrownBy(() -> TimerKind.parse("REMINDER_x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyWindowKindExpiresWithAConsequenceCitingItsSection() {
        assertThat(ExpiryConsequence.of(WindowKind.REPRESENTATIONS))
                .isEqualTo("no representations within the period: the monetary penalty is finalised and becomes payable (§7.1)");
        assertThat(ExpiryConsequence.of(WindowKind.REVIEW_REQUEST)).contains("publication").contains("§8.1");
        assertThat(ExpiryConsequence.of(WindowKind.SETTLEMENT_DISCUSSIONS)).contains("no 20% settlement discount");
        for (WindowKind kind : WindowKind.values()) {
            assertThat(ExpiryConsequence.of(kind)).as(kind.name()).contains("(§");
        }
    }

    private static Instant fireAt(Window window, String key) {
        return DEFAULTS.timersOf(window).stream().filter(t -> t.kind().key().equals(key)).findFirst()
                .orElseThrow().fireAt();
    }

    private static Window window(Division division, LocalDate startsOn, LocalDate dueDate) {
        CaseId caseId = new CaseId("case-1");
        return new Window(WindowId.of(caseId, WindowKind.REPRESENTATIONS, Optional.empty(), "noi-1"), caseId,
                WindowKind.REPRESENTATIONS, Optional.empty(), "7.1", division, startsOn, WindowLength.businessDays(30),
                dueDate, CALENDARS.of(division).endOfDay(dueDate), false, "noi-1", WindowState.OPEN);
    }
}
