package org.sanctionsplatform.deadline.adapters.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.sanctionsplatform.deadline.timers.FiredTimer;
import org.sanctionsplatform.deadline.timers.TimerEvents;
import org.sanctionsplatform.deadline.timers.TimerKind;
import org.sanctionsplatform.events.deadlines.CalendarDivision;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExpired;
import org.sanctionsplatform.events.deadlines.DeadlineReminderDue;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.deadlines.WindowRef;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.events.Envelopes;
import org.sanctionsplatform.support.metrics.AfterCommit;
import org.sanctionsplatform.support.outbox.Outbox;

/**
 * Fired timers go out through the transactional outbox, keyed by case id, as DeadlineReminderDue or DeadlineExpired:
 * the one mapping of the timer sweep's events to {@code enforcement.deadlines.v1}. The envelope's occurredAt is when
 * the timer fell due and its recordedAt when the sweep fired it; causation and correlation are those of the case
 * event that last scheduled the timer.
 */
@Singleton
class OutboxTimerEvents implements TimerEvents {

    private final Outbox outbox;
    private final AfterCommit afterCommit;
    private final MeterRegistry registry;

    OutboxTimerEvents(Outbox outbox, AfterCommit afterCommit, MeterRegistry registry) {
        this.outbox = outbox;
        this.afterCommit = afterCommit;
        this.registry = registry;
    }

    @Override
    public void fired(List<FiredTimer> timers) {
        for (FiredTimer timer : timers) {
            DeadlineEventEnvelope envelope = toEnvelope(timer);
            outbox.append(Topics.DEADLINES, envelope.getCaseId(), envelope.getEventId(), envelope);
        }
        afterCommit.run(() -> timers.forEach(this::count));
    }

    /** {@value #FIRED} and the lateness distribution {@value #LATENESS} (firing instant minus due instant), per kind. */
    private void count(FiredTimer timer) {
        String kind = timer.kind() instanceof TimerKind.Reminder ? "reminder" : "expiry";
        Counter.builder(FIRED).description("Deadline timers fired (committed with their event)")
                .tag("kind", kind).register(registry).increment();
        Timer.builder(LATENESS).description("How late deadline timers fired after they fell due")
                .tag("kind", kind).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofHours(24))
                .register(registry).record(Duration.ofMillis(Math.max(0, timer.latenessMillis())));
    }

    static final String FIRED = "sep.timers.fired";
    static final String LATENESS = "sep.timers.lateness";

    static DeadlineEventEnvelope toEnvelope(FiredTimer timer) {
        Object payload;
        if (timer.kind() instanceof TimerKind.Reminder reminder) {
            payload = DeadlineReminderDue.newBuilder()
                    .setWindow(ref(timer))
                    .setDueDate(timer.dueDate())
                    .setDueAt(timer.dueAt())
                    .setBusinessDaysBeforeDue(reminder.businessDaysBeforeDue())
                    .setScheduledFor(timer.scheduledFor())
                    .setLatenessMillis(timer.latenessMillis())
                    .build();
        } else {
            payload = DeadlineExpired.newBuilder()
                    .setWindow(ref(timer))
                    .setDueDate(timer.dueDate())
                    .setDueAt(timer.dueAt())
                    .setLatenessMillis(timer.latenessMillis())
                    .setConsequence(timer.consequence().orElseThrow())
                    .build();
        }
        return DeadlineEventEnvelope.newBuilder()
                .setEventId(timer.eventId())
                .setCaseId(timer.caseId())
                .setOccurredAt(timer.scheduledFor())
                .setRecordedAt(timer.firedAt())
                .setProducer(Envelopes.DEADLINE)
                .setCausationId(timer.causationId().orElse(null))
                .setCorrelationId(timer.correlationId().orElse(null))
                // a timer fired it: no person caused it, so no actor (and no invented system actor; docs/security.md)
                .setActor(null)
                .setPayload(payload)
                .build();
    }

    private static WindowRef ref(FiredTimer timer) {
        return WindowRef.newBuilder()
                .setWindowId(timer.windowId())
                .setKind(WindowKind.valueOf(timer.windowKind().name()))
                .setSubjectId(timer.subjectId().orElse(null))
                .setGuidanceSection(timer.guidanceSection())
                .setDivision(CalendarDivision.valueOf(timer.division().name()))
                .build();
    }
}
