package org.sanctionsplatform.deadline.timers;

import static org.sanctionsplatform.deadline.CaseEventsForTests.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.deadline.CaseEventsForTests;
import org.sanctionsplatform.deadline.adapters.timers.TimerSweep;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowState;
import org.sanctionsplatform.deadline.timers.DeadlineContexts.TimerRow;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.testkit.KafkaFixture;

/**
 * The service keeps each window's timers in step with the case events it consumes, in the transaction that changes
 * the window: a notice of intention schedules the representations and settlement windows' timers, an agreed
 * extension moves the representations timers, representations received cancel them, and closing the case cancels
 * the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEventsDriveTimersTest {

    private String db;
    private ApplicationContext context;
    private CaseEventsForTests.Publisher events;

    @BeforeAll
    void start() {
        db = DeadlineContexts.newDatabase();
        context = DeadlineContexts.replica(db, Instant.parse("2026-12-10T10:00:00Z"),
                Map.of("sep.deadline.timers.enabled", "false", "sep.consumer.backoff-millis", "10"));
        events = new CaseEventsForTests.Publisher(KafkaFixture.shared().bootstrapServers());
    }

    @AfterAll
    void stop() {
        if (events != null) {
            events.close();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void openingExtendingMeetingAndClosingMoveTheTimersOfTheCasesWindows() {
        String caseId = "case-" + UUID.randomUUID();
        events.publish(envelope(caseId, CaseOpened.newBuilder()
                .setCaseReference("SEP-TIMERS")
                .setOpenedOn(LocalDate.of(2026, 3, 2))
                .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY)
                .setOrigin(CaseOrigin.SELF_REPORT)
                .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Example Trading Ltd")
                        .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                .build()));
        CaseEventEnvelope notice = envelope(caseId, milestone("noi-1", MilestoneType.NOTICE_OF_INTENTION,
                LocalDate.of(2026, 12, 10)).build());
        events.publish(notice);

        // §7.1 and §6.8–6.9: both windows run 30 business days to Tuesday 26 January 2027
        awaitTimers(caseId, 10, "PENDING");
        assertThat(timersOf(caseId, "REPRESENTATIONS")).extracting(TimerRow::timerKind, TimerRow::fireAt).containsExactly(
                tuple("REMINDER_-5", Instant.parse("2027-01-19T00:00:00Z")),
                tuple("REMINDER_-1", Instant.parse("2027-01-25T00:00:00Z")),
                tuple("REMINDER_0", Instant.parse("2027-01-26T00:00:00Z")),
                tuple("EXPIRY", Instant.parse("2027-01-26T23:59:59.999Z")),
                tuple("REMINDER_+1", Instant.parse("2027-01-27T00:00:00Z")));
        assertThat(timersOf(caseId, "SETTLEMENT_DISCUSSIONS")).hasSize(5)
                .allSatisfy(t -> assertThat(t.causationId()).isEqualTo(notice.getEventId()));

        // an extension of 10 business days on evidence (§7.1): the representations timers move to 9 February
        events.publish(envelope(caseId, milestone("ext-1", MilestoneType.WINDOW_EXTENSION_AGREED, LocalDate.of(2027, 1, 20))
                .setWindowKind("REPRESENTATIONS").setExtensionBusinessDays(10)
                .setReason("medical evidence supplied").build()));
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(timersOf(caseId, "REPRESENTATIONS")).extracting(TimerRow::timerKind, TimerRow::fireAt)
                        .containsExactly(
                                tuple("REMINDER_-5", Instant.parse("2027-02-02T00:00:00Z")),
                                tuple("REMINDER_-1", Instant.parse("2027-02-08T00:00:00Z")),
                                tuple("REMINDER_0", Instant.parse("2027-02-09T00:00:00Z")),
                                tuple("EXPIRY", Instant.parse("2027-02-09T23:59:59.999Z")),
                                tuple("REMINDER_+1", Instant.parse("2027-02-10T00:00:00Z"))));
        assertThat(timersOf(caseId, "SETTLEMENT_DISCUSSIONS")).extracting(TimerRow::fireAt)
                .contains(Instant.parse("2027-01-26T23:59:59.999Z"));

        // representations received on 1 February meet the window: its timers are cancelled
        events.publish(envelope(caseId, milestone("reps-1", MilestoneType.REPRESENTATIONS_RECEIVED, LocalDate.of(2027, 2, 1)).build()));
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(timersOf(caseId, "REPRESENTATIONS")).hasSize(5)
                        .allSatisfy(t -> assertThat(t.state()).isEqualTo("CANCELLED")));
        assertThat(timersOf(caseId, "SETTLEMENT_DISCUSSIONS")).allSatisfy(t -> assertThat(t.state()).isEqualTo("PENDING"));
        // the window the representations start (OFSI's response, §7.1) gets its own timers
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(timersOf(caseId, "OFSI_RESPONSE_TO_REPRESENTATIONS")).hasSize(5)
                        .allSatisfy(t -> assertThat(t.state()).isEqualTo("PENDING")));

        // closing the case cancels the open windows and with them their timers
        events.publish(envelope(caseId, CaseClosed.newBuilder().setClosedOn(LocalDate.of(2027, 2, 2))
                .setReason(CaseClosureReason.WARNING_ISSUED).build()));
        awaitTimers(caseId, 15, "CANCELLED");
        assertThat(DeadlineContexts.timers(db)).filteredOn(t -> t.caseId().equals(caseId)
                        && !t.windowKind().equals("REPRESENTATIONS")).hasSize(10)
                .allSatisfy(t -> assertThat(t.stateReason()).startsWith("window cancelled: case closed"));
    }

    @Test
    void anExpiryMarksTheWindowExpiredAMilestoneRecordedLateButDatedInTimeStillMeetsItAndClosingCancelsOverdueReminders() {
        MutableClock clock = context.getBean(MutableClock.class);
        TimerSweep sweep = context.getBean(TimerSweep.class);
        CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
        Instant before = clock.instant();
        String caseId = "case-" + UUID.randomUUID();
        try {
            events.publish(envelope(caseId, CaseOpened.newBuilder()
                    .setCaseReference("SEP-EXPIRY")
                    .setOpenedOn(LocalDate.of(2026, 3, 2))
                    .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY)
                    .setOrigin(CaseOrigin.SELF_REPORT)
                    .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Example Trading Ltd")
                            .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                    .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                    .build()));
            events.publish(envelope(caseId, milestone("noi-x", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10)).build()));
            awaitTimers(caseId, 10, "PENDING");

            // the end of Tuesday 26 January 2027 passes with both windows open: their expiries fire
            clock.set(Instant.parse("2027-01-26T23:59:59.999Z"));
            while (sweep.fireDueBatch() > 0) {
                // drain
            }
            assertThat(windowsOf(deadlines, caseId)).extracting(Window::kind, Window::state).containsExactlyInAnyOrder(
                    tuple(WindowKind.REPRESENTATIONS, WindowState.EXPIRED),
                    tuple(WindowKind.SETTLEMENT_DISCUSSIONS, WindowState.EXPIRED));

            // representations that arrived on the due day, logged the next morning (§7.1): the window is met after all
            clock.set(Instant.parse("2027-01-27T09:30:00Z"));
            events.publish(envelope(caseId, milestone("reps-x", MilestoneType.REPRESENTATIONS_RECEIVED, LocalDate.of(2027, 1, 26)).build()));
            await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(windowsOf(deadlines, caseId)).filteredOn(w -> w.kind() == WindowKind.REPRESENTATIONS)
                            .singleElement().extracting(Window::state).isEqualTo(WindowState.MET));
            assertThat(timersOf(caseId, "REPRESENTATIONS")).filteredOn(t -> t.timerKind().equals("REMINDER_+1"))
                    .singleElement().extracting(TimerRow::state).isEqualTo("CANCELLED");

            // closing the case leaves the expired settlement window expired but cancels its overdue reminder
            events.publish(envelope(caseId, CaseClosed.newBuilder().setClosedOn(LocalDate.of(2027, 1, 27))
                    .setReason(CaseClosureReason.WARNING_ISSUED).build()));
            await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(timersOf(caseId, "SETTLEMENT_DISCUSSIONS")).filteredOn(t -> t.timerKind().equals("REMINDER_+1"))
                            .singleElement().satisfies(t -> {
                                assertThat(t.state()).isEqualTo("CANCELLED");
                                assertThat(t.stateReason()).startsWith("case closed");
                            }));
            assertThat(windowsOf(deadlines, caseId)).filteredOn(w -> w.kind() == WindowKind.SETTLEMENT_DISCUSSIONS)
                    .singleElement().extracting(Window::state).isEqualTo(WindowState.EXPIRED);
            clock.set(Instant.parse("2027-03-01T00:00:00Z"));
            assertThat(sweep.fireDueBatch()).isZero();
        } finally {
            clock.set(before);
        }
    }

    @Test
    void anExtensionAgreedOnTheDueDayButRecordedAfterTheExpiryFiredRunsTheWindowAgainWithNewTimers() {
        MutableClock clock = context.getBean(MutableClock.class);
        TimerSweep sweep = context.getBean(TimerSweep.class);
        CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
        Instant before = clock.instant();
        String caseId = "case-" + UUID.randomUUID();
        try {
            events.publish(envelope(caseId, CaseOpened.newBuilder()
                    .setCaseReference("SEP-LATE-EXTENSION")
                    .setOpenedOn(LocalDate.of(2026, 3, 2))
                    .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY)
                    .setOrigin(CaseOrigin.SELF_REPORT)
                    .setSubjects(List.of(Subject.newBuilder().setSubjectId("s-1").setName("Example Trading Ltd")
                            .setSubjectType(SubjectType.LEGAL_PERSON).build()))
                    .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES)
                    .build()));
            events.publish(envelope(caseId, milestone("noi-l", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10)).build()));
            awaitTimers(caseId, 10, "PENDING");
            clock.set(Instant.parse("2027-01-26T23:59:59.999Z"));
            while (sweep.fireDueBatch() > 0) {
                // drain
            }
            Window expired = windowsOf(deadlines, caseId).stream()
                    .filter(w -> w.kind() == WindowKind.REPRESENTATIONS).findFirst().orElseThrow();
            assertThat(expired.state()).isEqualTo(WindowState.EXPIRED);

            // agreed on the due day (§7.1, on evidence), logged the next morning: what counts is the day it was agreed
            clock.set(Instant.parse("2027-01-27T09:30:00Z"));
            events.publish(envelope(caseId, milestone("ext-l", MilestoneType.WINDOW_EXTENSION_AGREED, LocalDate.of(2027, 1, 26))
                    .setWindowKind("REPRESENTATIONS").setExtensionBusinessDays(5).setReason("medical evidence").build()));

            await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(windowsOf(deadlines, caseId)).filteredOn(w -> w.kind() == WindowKind.REPRESENTATIONS)
                            .extracting(Window::state, Window::dueDate).containsExactlyInAnyOrder(
                                    tuple(WindowState.CANCELLED, LocalDate.of(2027, 1, 26)),
                                    tuple(WindowState.OPEN, LocalDate.of(2027, 2, 2))));
            Window rerun = windowsOf(deadlines, caseId).stream()
                    .filter(w -> w.kind() == WindowKind.REPRESENTATIONS && w.isOpen()).findFirst().orElseThrow();
            assertThat(rerun.replaces()).contains(expired.id());
            assertThat(DeadlineContexts.timers(db)).filteredOn(t -> t.windowId().equals(rerun.id().value()))
                    .filteredOn(t -> t.timerKind().equals("EXPIRY")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.state()).isEqualTo("PENDING");
                        assertThat(t.fireAt()).isEqualTo(Instant.parse("2027-02-02T23:59:59.999Z"));
                    });

            // closed, the case leaves no timer pending for the other tests' sweeps
            events.publish(envelope(caseId, CaseClosed.newBuilder().setClosedOn(LocalDate.of(2027, 1, 27))
                    .setReason(CaseClosureReason.WARNING_ISSUED).build()));
            await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(DeadlineContexts.timers(db)).filteredOn(t -> t.caseId().equals(caseId))
                            .noneMatch(t -> t.state().equals("PENDING")));
        } finally {
            clock.set(before);
        }
    }

    private static List<Window> windowsOf(CaseDeadlines deadlines, String caseId) {
        return deadlines.windowsOf(new CaseId(caseId)).orElseThrow();
    }

    private void awaitTimers(String caseId, int count, String state) {
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(DeadlineContexts.timers(db)).filteredOn(t -> t.caseId().equals(caseId)).hasSize(count)
                        .allSatisfy(t -> assertThat(t.state()).isEqualTo(state)));
    }

    private List<TimerRow> timersOf(String caseId, String windowKind) {
        return DeadlineContexts.timers(db).stream()
                .filter(t -> t.caseId().equals(caseId) && t.windowKind().equals(windowKind)).toList();
    }

    private static ProcedureMilestoneRecorded.Builder milestone(String id, MilestoneType type, LocalDate on) {
        return ProcedureMilestoneRecorded.newBuilder().setMilestoneId(id).setMilestone(type).setOccurredOn(on);
    }

}
