package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.adapters.timers.TimerSweep;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.ExtensionDecision;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowLength;
import org.sanctionsplatform.guidance.windows.WindowState;
import org.sanctionsplatform.deadline.timers.DeadlineContexts.Outgoing;
import org.sanctionsplatform.deadline.timers.DeadlineContexts.TimerRow;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.support.audit.Actor;
import org.sanctionsplatform.events.deadlines.DeadlineReminderDue;

/**
 * One representations window (§7.1) on a clock the test moves: its reminders 5 and 1 business days before, on the
 * due day, its expiry and the overdue reminder fire one by one at their instants, an extension moves the ones not
 * yet fired, and meeting the window cancels the rest. The sweep is driven batch by batch (as its loop does) so each
 * step can show that nothing else fired.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderSequenceTest {

    /** Thursday 10 December 2026; 30 business days later, past Christmas, Boxing Day (28th) and New Year, is 26 January 2027. */
    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);

    private String db;
    private ApplicationContext context;
    private MutableClock clock;
    private TimerSweep sweep;
    private WindowChanges windows;
    private BusinessCalendar englandAndWales;

    @BeforeAll
    void start() {
        db = DeadlineContexts.newDatabase();
        context = DeadlineContexts.replica(db, Instant.parse("2026-12-10T10:00:00Z"),
                Map.of("sep.deadline.timers.enabled", "false",
                        "sep.deadline.timers.reminder-offsets.PAYMENT", "-3,+2",
                        "sep.deadline.timers.reminder-offsets.review-request", List.of("-10", "0")));
        clock = context.getBean(MutableClock.class);
        sweep = context.getBean(TimerSweep.class);
        windows = context.getBean(WindowChanges.class);
        englandAndWales = context.getBean(org.sanctionsplatform.calendar.BusinessCalendars.class).of(org.sanctionsplatform.calendar.Division.ENGLAND_AND_WALES);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void reminderOffsetsAreConfiguredPerWindowKindAndDefaultToFiveAndOneBeforeTheDueDayAndOneOverdue() {
        ReminderPolicy policy = context.getBean(TimerSchedule.class).policy();

        assertThat(policy.offsetsFor(WindowKind.REPRESENTATIONS)).containsExactly(-5, -1, 0, 1);
        assertThat(policy.offsetsFor(WindowKind.PAYMENT)).containsExactly(-3, 2);
        assertThat(policy.offsetsFor(WindowKind.REVIEW_REQUEST)).containsExactly(-10, 0);
    }

    @Test
    void theWholeSequenceOfOneWindowFiresInOrderAtItsInstantsAndAnExtensionMovesWhatHasNotFired() {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        Window window = representationsWindow("case-sequence", englandAndWales.addBusinessDays(NOTICE, 30));
        assertThat(window.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        // a named officer recorded the notice: the timers still fire with no actor, the clock fires them (issue 9.3)
        windows.changedBy(new Actor("officer-7", "Olive Officer", "CASE_OFFICER"), "noi-1", new WindowEvent.Opened(window));

        // nothing is due until the start of Tuesday 19 January, 5 business days before the due date
        assertThat(fireAt("2027-01-18T23:59:59.999Z")).isZero();
        assertThat(fireAt("2027-01-19T00:00:00Z")).isEqualTo(1);
        DeadlineReminderDue fiveBefore = reminder(lastEvent());
        assertThat(fiveBefore.getBusinessDaysBeforeDue()).isEqualTo(5);
        assertThat(fiveBefore.getScheduledFor()).isEqualTo(Instant.parse("2027-01-19T00:00:00Z"));
        assertThat(fiveBefore.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(fiveBefore.getLatenessMillis()).isZero();

        // §7.1 extension of 10 business days, agreed on 20 January: due Tuesday 9 February 2027
        clock.set(Instant.parse("2027-01-20T11:00:00Z"));
        Window extended = representationsWindow("case-sequence", englandAndWales.addBusinessDays(window.dueDate(), 10));
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        windows.changed("extension-1", new WindowEvent.Extended(extended, new ExtensionDecision("extension-1",
                LocalDate.of(2027, 1, 20), 10, "evidence of the reasons for the request", Optional.empty(),
                window.dueDate(), extended.dueDate())));

        // the old instants pass quietly; the reminder already sent is not sent again
        assertThat(fireAt("2027-01-25T00:00:00Z")).isZero();
        assertThat(fireAt("2027-01-27T00:00:00Z")).isZero();
        assertThat(fireAt("2027-02-07T23:59:59.999Z")).isZero();
        assertThat(fireAt("2027-02-08T00:00:00Z")).isEqualTo(1);
        assertThat(reminder(lastEvent()).getBusinessDaysBeforeDue()).isEqualTo(1);
        assertThat(fireAt("2027-02-09T00:00:00Z")).isEqualTo(1);
        assertThat(reminder(lastEvent()).getBusinessDaysBeforeDue()).isZero();
        assertThat(fireAt("2027-02-09T23:59:59.998Z")).isZero();
        assertThat(fireAt("2027-02-09T23:59:59.999Z")).isEqualTo(1);
        DeadlineEventEnvelope expiredEnvelope = lastEvent();
        DeadlineExpired expired = (DeadlineExpired) expiredEnvelope.getPayload();
        assertThat(expired.getDueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(expired.getDueAt()).isEqualTo(Instant.parse("2027-02-09T23:59:59.999Z"));
        assertThat(expired.getConsequence()).contains("finalised and becomes payable").contains("§7.1");
        assertThat(expired.getWindow().getWindowId()).isEqualTo(window.id().value());
        assertThat(expired.getWindow().getGuidanceSection()).isEqualTo("7.1");
        assertThat(expiredEnvelope.getCausationId()).isEqualTo("extension-1");
        assertThat(expiredEnvelope.getOccurredAt()).isEqualTo(Instant.parse("2027-02-09T23:59:59.999Z"));
        // the overdue reminder: start of the next business day
        assertThat(fireAt("2027-02-10T00:00:00Z")).isEqualTo(1);
        assertThat(reminder(lastEvent()).getBusinessDaysBeforeDue()).isEqualTo(-1);
        assertThat(fireAt("2027-03-31T00:00:00Z")).isZero();

        List<DeadlineEventEnvelope> fired = eventsOf("case-sequence");
        assertThat(fired).extracting(ReminderSequenceTest::describe).containsExactly(
                "reminder 5 at 2027-01-19T00:00:00Z",
                "reminder 1 at 2027-02-08T00:00:00Z",
                "reminder 0 at 2027-02-09T00:00:00Z",
                "expired at 2027-02-09T23:59:59.999Z",
                "reminder -1 at 2027-02-10T00:00:00Z");
        assertThat(fired).allSatisfy(e -> assertThat(e.getActor()).as("a timer firing names no person").isNull());
        assertThat(timersOf(window)).extracting(TimerRow::timerKind, TimerRow::state, TimerRow::fireAt).containsExactly(
                tuple("REMINDER_-5", "FIRED", Instant.parse("2027-01-19T00:00:00Z")),
                tuple("REMINDER_-1", "FIRED", Instant.parse("2027-02-08T00:00:00Z")),
                tuple("REMINDER_0", "FIRED", Instant.parse("2027-02-09T00:00:00Z")),
                tuple("EXPIRY", "FIRED", Instant.parse("2027-02-09T23:59:59.999Z")),
                tuple("REMINDER_+1", "FIRED", Instant.parse("2027-02-10T00:00:00Z")));
    }

    @Test
    void meetingTheWindowCancelsTheTimersNotYetFired() {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        Window window = representationsWindow("case-met", englandAndWales.addBusinessDays(NOTICE, 30));
        windows.changed("noi-1", new WindowEvent.Opened(window));
        assertThat(fireAt("2027-01-19T09:00:00Z")).isEqualTo(1);

        // representations received on Friday 22 January (§7.1)
        Window met = withState(window, WindowState.MET);
        windows.changed("reps-1", new WindowEvent.Met(met, LocalDate.of(2027, 1, 22), "REPRESENTATIONS_RECEIVED reps-1"));

        assertThat(fireAt("2027-06-01T00:00:00Z")).isZero();
        assertThat(eventsOf("case-met")).extracting(ReminderSequenceTest::describe)
                .containsExactly("reminder 5 at 2027-01-19T00:00:00Z");
        List<TimerRow> rows = timersOf(window);
        assertThat(rows).filteredOn(r -> r.timerKind().equals("REMINDER_-5")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("FIRED");
            assertThat(r.latenessMillis()).isEqualTo(9 * 3_600_000L);
        });
        assertThat(rows).filteredOn(r -> !r.timerKind().equals("REMINDER_-5")).hasSize(4).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("CANCELLED");
            assertThat(r.stateReason()).isEqualTo("window met by REPRESENTATIONS_RECEIVED reps-1 on 2027-01-22");
        });
    }

    @Test
    void aTimerRowThisVersionCannotReadIsSetAsideAndDoesNotBlockTheTimersBehindIt() throws Exception {
        clock.set(Instant.parse("2027-04-01T10:00:00Z"));
        Window window = representationsWindow("case-poison", LocalDate.of(2027, 5, 4));
        windows.changed("noi-1", new WindowEvent.Opened(window));
        // a row as a newer release might write it, due before every timer of the window
        try (java.sql.Connection c = org.sanctionsplatform.testkit.PostgresFixture.shared().connect(db);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("insert into deadline_timer (window_id, timer_kind, case_id, window_kind, guidance_section, "
                    + "division, due_date, due_at, fire_at, state, updated_at) values ('w-from-the-future', 'EXPIRY', "
                    + "'case-poison', 'A_KIND_NOT_YET_KNOWN', '99.9', 'ENGLAND_AND_WALES', '2027-04-02', "
                    + "'2027-04-02T22:59:59.999Z', '2027-04-02T22:59:59.999Z', 'PENDING', '2027-04-01T10:00:00Z')");
        }

        fireAt("2027-05-06T00:00:00Z");

        assertThat(DeadlineContexts.timers(db)).filteredOn(r -> r.windowId().equals("w-from-the-future")).singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo("FAILED");
                    assertThat(r.stateReason()).contains("A_KIND_NOT_YET_KNOWN");
                });
        assertThat(timersOf(window)).hasSize(5).allSatisfy(r -> assertThat(r.state()).isEqualTo("FIRED"));
        assertThat(eventsOf("case-poison")).hasSize(5);
    }

    private int fireAt(String instant) {
        clock.set(Instant.parse(instant));
        int fired = 0;
        int batch;
        while ((batch = sweep.fireDueBatch()) > 0) {
            fired += batch;
        }
        return fired;
    }

    private DeadlineEventEnvelope lastEvent() {
        List<Outgoing> all = DeadlineContexts.outbox(db);
        return all.get(all.size() - 1).envelope();
    }

    private List<DeadlineEventEnvelope> eventsOf(String caseId) {
        return DeadlineContexts.outbox(db).stream().map(Outgoing::envelope)
                .filter(e -> e.getCaseId().equals(caseId)).toList();
    }

    private List<TimerRow> timersOf(Window window) {
        return DeadlineContexts.timers(db).stream().filter(r -> r.windowId().equals(window.id().value())).toList();
    }

    private static DeadlineReminderDue reminder(DeadlineEventEnvelope envelope) {
        return (DeadlineReminderDue) envelope.getPayload();
    }

    private static String describe(DeadlineEventEnvelope envelope) {
        if (envelope.getPayload() instanceof DeadlineReminderDue r) {
            return "reminder " + r.getBusinessDaysBeforeDue() + " at " + r.getScheduledFor();
        }
        DeadlineExpired e = (DeadlineExpired) envelope.getPayload();
        return "expired at " + e.getDueAt();
    }

    private Window representationsWindow(String caseId, LocalDate dueDate) {
        CaseId id = new CaseId(caseId);
        return new Window(WindowId.of(id, WindowKind.REPRESENTATIONS, Optional.empty(), "noi-1"), id,
                WindowKind.REPRESENTATIONS, Optional.empty(), "7.1", Division.ENGLAND_AND_WALES, NOTICE,
                WindowLength.businessDays(30), dueDate, englandAndWales.endOfDay(dueDate), false, "noi-1",
                WindowState.OPEN);
    }

    private static Window withState(Window w, WindowState state) {
        return new Window(w.id(), w.caseId(), w.kind(), w.subjectId(), w.guidanceSection(), w.division(), w.startsOn(),
                w.length(), w.dueDate(), w.dueAt(), w.fixedPenaltyCase(), w.openedBy(), state);
    }
}
