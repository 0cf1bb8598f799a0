package org.sanctionsplatform.deadline.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.deadline.domain.Window;
import org.sanctionsplatform.deadline.domain.WindowEvent;
import org.sanctionsplatform.events.deadlines.CalendarDivision;
import org.sanctionsplatform.events.deadlines.DeadlineCancelled;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineMet;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.deadlines.WindowRef;
import org.sanctionsplatform.support.events.Envelopes;

/** The one mapping from domain window events to {@code enforcement.deadlines.v1} envelopes. */
@Singleton
public class DeadlineEventMapper {

    /**
     * The envelope of a window event. Its id is derived from the window and the change (each happens to a
     * window at most once), so the outbox's unique event id also guards against a second publication.
     */
    public DeadlineEventEnvelope toEnvelope(WindowEvent event, Causation causation, Instant recordedAt) {
        Window window = event.window();
        Object payload;
        String change;
        if (event instanceof WindowEvent.Opened) {
            change = "DeadlineOpened";
            payload = DeadlineOpened.newBuilder()
                    .setWindow(ref(window))
                    .setStartsOn(window.startsOn())
                    .setLength(window.length().describe())
                    .setDueDate(window.dueDate())
                    .setDueAt(window.dueAt())
                    .setFixedPenaltyCase(window.fixedPenaltyCase())
                    .build();
        } else if (event instanceof WindowEvent.Met met) {
            change = "DeadlineMet";
            payload = DeadlineMet.newBuilder()
                    .setWindow(ref(window))
                    .setDueDate(window.dueDate())
                    .setMetOn(met.metOn())
                    .setMetBy(met.metBy())
                    .build();
        } else if (event instanceof WindowEvent.Cancelled cancelled) {
            change = "DeadlineCancelled";
            payload = DeadlineCancelled.newBuilder()
                    .setWindow(ref(window))
                    .setReason(cancelled.reason())
                    .build();
        } else {
            throw new IllegalArgumentException("no deadline event for " + event);
        }
        return DeadlineEventEnvelope.newBuilder()
                .setEventId(Envelopes.deterministicEventId(change, window.id().value()))
                .setCaseId(window.caseId().value())
                .setOccurredAt(causation.occurredAt())
                .setRecordedAt(recordedAt)
                .setProducer(Envelopes.DEADLINE)
                .setCausationId(causation.eventId())
                .setCorrelationId(causation.correlation())
                .setPayload(payload)
                .build();
    }

    private static WindowRef ref(Window window) {
        return WindowRef.newBuilder()
                .setWindowId(window.id().value())
                .setKind(WindowKind.valueOf(window.kind().name()))
                .setSubjectId(window.subjectId().orElse(null))
                .setGuidanceSection(window.guidanceSection())
                .setDivision(CalendarDivision.valueOf(window.division().name()))
                .build();
    }
}
