package org.sanctionsplatform.deadline.adapters.timers;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.sanctionsplatform.deadline.timers.ExpiryConsequence;
import org.sanctionsplatform.deadline.timers.TimerKind;
import org.sanctionsplatform.events.deadlines.CalendarDivision;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.events.deadlines.DeadlineReminderDue;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.deadlines.WindowRef;
import org.sanctionsplatform.support.events.Envelopes;

/** The one mapping from a fired timer to its {@code enforcement.deadlines.v1} envelope (DeadlineReminderDue or DeadlineExpired). */
@Singleton
class TimerEventMapper {

    static final String REMINDER = "DeadlineReminderDue";
    static final String EXPIRED = "DeadlineExpired";

    /**
     * The event id is a name-based UUID of the event type, case, window, timer kind and the instant the timer fell
     * due: however often a timer's firing is attempted or its event relayed, it carries one id, which the outbox's
     * unique key and every consumer's deduplication recognise.
     */
    static String eventId(DueTimer timer) {
        return Envelopes.deterministicEventId(timer.kind() instanceof TimerKind.Expiry ? EXPIRED : REMINDER,
                timer.caseId(), timer.windowId(), timer.kind().key(), timer.fireAt().toString());
    }

    DeadlineEventEnvelope toEnvelope(DueTimer timer, String eventId, Instant firedAt, long latenessMillis) {
        Object payload;
        if (timer.kind() instanceof TimerKind.Reminder reminder) {
            payload = DeadlineReminderDue.newBuilder()
                    .setWindow(ref(timer))
                    .setDueDate(timer.dueDate())
                    .setDueAt(timer.dueAt())
                    .setBusinessDaysBeforeDue(reminder.businessDaysBeforeDue())
                    .setScheduledFor(timer.fireAt())
                    .setLatenessMillis(latenessMillis)
                    .build();
        } else {
            payload = DeadlineExpired.newBuilder()
                    .setWindow(ref(timer))
                    .setDueDate(timer.dueDate())
                    .setDueAt(timer.dueAt())
                    .setLatenessMillis(latenessMillis)
                    .setConsequence(ExpiryConsequence.of(timer.windowKind()))
                    .build();
        }
        return DeadlineEventEnvelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(timer.caseId())
                // it happened when the timer fell due; the service learned it when the timer fired
                .setOccurredAt(timer.fireAt())
                .setRecordedAt(firedAt)
                .setProducer(Envelopes.DEADLINE)
                .setCausationId(timer.causationId().orElse(null))
                .setCorrelationId(timer.correlationId().orElse(null))
                .setPayload(payload)
                .build();
    }

    private static WindowRef ref(DueTimer timer) {
        return WindowRef.newBuilder()
                .setWindowId(timer.windowId())
                .setKind(WindowKind.valueOf(timer.windowKind().name()))
                .setSubjectId(timer.subjectId().orElse(null))
                .setGuidanceSection(timer.guidanceSection())
                .setDivision(CalendarDivision.valueOf(timer.division().name()))
                .build();
    }
}
