package org.sanctionsplatform.deadline.adapters.kafka;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.sanctionsplatform.deadline.application.Causation;
import org.sanctionsplatform.guidance.windows.ExtensionDecision;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.events.deadlines.CalendarDivision;
import org.sanctionsplatform.events.deadlines.DeadlineCancelled;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExtended;
import org.sanctionsplatform.events.deadlines.DeadlineMet;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.events.deadlines.WindowRef;
import org.sanctionsplatform.support.audit.Actor;
import org.sanctionsplatform.support.events.Envelopes;

/** The one mapping from domain window events to {@code enforcement.deadlines.v1} envelopes. */
@Singleton
public class DeadlineEventMapper {

    /**
     * The envelope of a window event, or empty for a change that is not published (a refused extension: the
     * milestone asking for it is on the case topic already, and the refusal is shown with the window). Its id is
     * derived from the window and the change (each happens to a window at most once; an extension once per
     * milestone), so the outbox's unique event id also guards against a second publication.
     */
    public Optional<DeadlineEventEnvelope> toEnvelope(WindowEvent event, Causation causation, Instant recordedAt) {
        Window window = event.window();
        Object payload;
        String eventId;
        if (event instanceof WindowEvent.Opened) {
            eventId = Envelopes.deterministicEventIdAfter(window.id().value(), "DeadlineOpened", window.id().value());
            payload = DeadlineOpened.newBuilder()
                    .setWindow(ref(window))
                    .setStartsOn(window.startsOn())
                    .setLength(window.length().describe())
                    .setDueDate(window.dueDate())
                    .setDueAt(window.dueAt())
                    .setFixedPenaltyCase(window.fixedPenaltyCase())
                    .setReplacesWindowId(window.replaces().map(WindowId::value).orElse(null))
                    .setExtendedBusinessDays(window.extendedBusinessDays())
                    .build();
        } else if (event instanceof WindowEvent.Extended extended) {
            ExtensionDecision decision = extended.decision();
            eventId = Envelopes.deterministicEventIdAfter(window.id().value(), "DeadlineExtended", window.id().value(),
                    decision.milestoneId());
            payload = DeadlineExtended.newBuilder()
                    .setWindow(ref(window))
                    .setPreviousDueDate(decision.previousDueDate())
                    .setDueDate(window.dueDate())
                    .setDueAt(window.dueAt())
                    .setExtensionBusinessDays(decision.requestedBusinessDays())
                    .setReason(decision.reason())
                    .setTotalExtensionBusinessDays(window.extendedBusinessDays())
                    .setAgreedBy(decision.milestoneId())
                    .build();
        } else if (event instanceof WindowEvent.ExtensionRefused) {
            return Optional.empty();
        } else if (event instanceof WindowEvent.Met met) {
            eventId = Envelopes.deterministicEventIdAfter(window.id().value(), "DeadlineMet", window.id().value());
            payload = DeadlineMet.newBuilder()
                    .setWindow(ref(window))
                    .setDueDate(window.dueDate())
                    .setMetOn(met.metOn())
                    .setMetBy(met.metBy())
                    .setDueAt(window.dueAt())
                    .build();
        } else if (event instanceof WindowEvent.Cancelled cancelled) {
            eventId = Envelopes.deterministicEventIdAfter(window.id().value(), "DeadlineCancelled", window.id().value());
            payload = DeadlineCancelled.newBuilder()
                    .setWindow(ref(window))
                    .setReason(cancelled.reason())
                    .setDueDate(window.dueDate())
                    .setDueAt(window.dueAt())
                    .build();
        } else {
            throw new IllegalArgumentException("no deadline event for " + event);
        }
        return Optional.of(DeadlineEventEnvelope.newBuilder()
                .setEventId(eventId)
                .setCaseId(window.caseId().value())
                .setOccurredAt(causation.occurredAt())
                .setRecordedAt(recordedAt)
                .setProducer(Envelopes.DEADLINE)
                .setCausationId(causation.eventId())
                .setCorrelationId(causation.correlation())
                // who caused the case event (or the assessment) behind this change goes on with it (issue 9.3)
                .setActor(Actor.toEvent(causation.actor().orElse(null)))
                .setPayload(payload)
                .build());
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
