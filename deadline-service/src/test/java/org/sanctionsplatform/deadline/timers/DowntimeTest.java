package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.CaseId;
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
import org.sanctionsplatform.events.deadlines.DeadlineReminderDue;

/**
 * Timers that fall due while every replica is stopped fire when one starts again, earliest first, each with its
 * lateness recorded on the row and in the event; those fired before the stop are not fired again, and those not
 * yet due stay pending.
 */
class DowntimeTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);
    private static final Instant BEFORE_STOP = Instant.parse("2027-01-19T12:00:00Z");
    private static final Instant RESTART = Instant.parse("2027-01-27T10:30:00Z");

    @Test
    void timersDueWhileEveryReplicaWasDownFireOnRestartWithTheirLateness() {
        String db = DeadlineContexts.newDatabase();
        Window representations;
        Window settlement;
        Window payment;
        try (ApplicationContext first = DeadlineContexts.replica(db, Instant.parse("2026-12-10T10:00:00Z"),
                sweeping("replica-1"))) {
            BusinessCalendar calendar = first.getBean(org.sanctionsplatform.calendar.BusinessCalendars.class).of(org.sanctionsplatform.calendar.Division.ENGLAND_AND_WALES);
            // §7.1 and §6.8–6.9: both due Tuesday 26 January 2027; §10: payment due 30 business days after 20 January
            representations = window(calendar, "case-down-1", WindowKind.REPRESENTATIONS, "7.1", NOTICE, 30);
            settlement = window(calendar, "case-down-1", WindowKind.SETTLEMENT_DISCUSSIONS, "6.8–6.9", NOTICE, 30);
            payment = window(calendar, "case-down-2", WindowKind.PAYMENT, "10", LocalDate.of(2027, 1, 20), 30);
            first.getBean(WindowChanges.class).changed("milestones", new WindowEvent.Opened(representations),
                    new WindowEvent.Opened(settlement), new WindowEvent.Opened(payment));

            // the "5 business days before" reminders (19 January) fire while the replica runs
            first.getBean(MutableClock.class).set(BEFORE_STOP);
            await().atMost(30, TimeUnit.SECONDS).until(() -> DeadlineContexts.outbox(db).size() == 2);
        }
        // every replica is down from 19 to 27 January; the windows' other reminders and expiries fall due meanwhile

        try (ApplicationContext second = DeadlineContexts.replica(db, RESTART, sweeping("replica-2"))) {
            await().atMost(30, TimeUnit.SECONDS).until(() -> DeadlineContexts.count(db,
                    "select count(*) from deadline_timer where state = 'PENDING' and fire_at <= '2027-01-27T10:30:00Z'") == 0);

            List<TimerRow> timers = DeadlineContexts.timers(db);
            assertThat(timers).filteredOn(t -> isOf(t, representations) || isOf(t, settlement)).hasSize(10)
                    .allSatisfy(t -> assertThat(t.state()).isEqualTo("FIRED"));
            List<TimerRow> late = timers.stream().filter(t -> "replica-2".equals(t.firedBy())).toList();
            assertThat(late).hasSize(8).allSatisfy(t -> {
                assertThat(t.firedAt()).isEqualTo(RESTART);
                assertThat(t.latenessMillis()).isEqualTo(Duration.between(t.fireAt(), RESTART).toMillis()).isPositive();
            });
            assertThat(late).extracting(TimerRow::timerKind).containsOnly("REMINDER_-1", "REMINDER_0", "EXPIRY", "REMINDER_+1");
            assertThat(timers).filteredOn(t -> "replica-1".equals(t.firedBy())).hasSize(2)
                    .allSatisfy(t -> assertThat(t.timerKind()).isEqualTo("REMINDER_-5"));
            // the payment window's timers are not due yet
            assertThat(timers).filteredOn(t -> isOf(t, payment)).hasSize(5)
                    .allSatisfy(t -> assertThat(t.state()).isEqualTo("PENDING"));

            List<DeadlineEventEnvelope> events = DeadlineContexts.outbox(db).stream().map(Outgoing::envelope).toList();
            assertThat(events).hasSize(10);
            List<DeadlineEventEnvelope> afterRestart = events.subList(2, 10);
            // earliest first, and each event says how late it is
            assertThat(afterRestart).isSortedAccordingTo(Comparator.comparing(DeadlineEventEnvelope::getOccurredAt));
            assertThat(afterRestart).allSatisfy(e -> {
                assertThat(e.getRecordedAt()).isEqualTo(RESTART);
                assertThat(latenessOf(e)).isEqualTo(Duration.between(e.getOccurredAt(), RESTART).toMillis());
            });
            assertThat(afterRestart).filteredOn(e -> e.getPayload() instanceof DeadlineExpired).hasSize(2)
                    .allSatisfy(e -> assertThat(latenessOf(e)).isEqualTo(
                            Duration.between(Instant.parse("2027-01-26T23:59:59.999Z"), RESTART).toMillis()));
        }
    }

    private static Map<String, Object> sweeping(String instanceId) {
        return Map.of("sep.deadline.timers.instance-id", instanceId,
                "sep.deadline.timers.interval", "20ms",
                "sep.deadline.timers.initial-delay", "0ms");
    }

    private static boolean isOf(TimerRow timer, Window window) {
        return timer.windowId().equals(window.id().value());
    }

    private static long latenessOf(DeadlineEventEnvelope envelope) {
        return envelope.getPayload() instanceof DeadlineReminderDue r ? r.getLatenessMillis()
                : ((DeadlineExpired) envelope.getPayload()).getLatenessMillis();
    }

    private static Window window(BusinessCalendar calendar, String caseId, WindowKind kind, String section,
                                 LocalDate startsOn, int businessDays) {
        CaseId id = new CaseId(caseId);
        LocalDate due = calendar.addBusinessDays(startsOn, businessDays);
        return new Window(WindowId.of(id, kind, Optional.empty(), "m-" + kind), id, kind, Optional.empty(), section,
                Division.ENGLAND_AND_WALES, startsOn, WindowLength.businessDays(businessDays), due, calendar.endOfDay(due),
                false, "m-" + kind, WindowState.OPEN);
    }
}
