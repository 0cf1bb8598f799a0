package org.sanctionsplatform.deadline.timers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * A timer as it fired: the window it belongs to (as the event names it), what it was (a reminder or the expiry),
 * when it was due ({@code scheduledFor}), when the sweep fired it and how late that was, and the deterministic id
 * of the event that announces it.
 */
public record FiredTimer(String eventId, String caseId, String windowId, WindowKind windowKind,
                         Optional<String> subjectId, String guidanceSection, Division division, LocalDate dueDate,
                         Instant dueAt, TimerKind kind, Instant scheduledFor, Instant firedAt,
                         Optional<String> causationId, Optional<String> correlationId) {

    public FiredTimer {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(windowId, "windowId");
        Objects.requireNonNull(windowKind, "windowKind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(guidanceSection, "guidanceSection");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(firedAt, "firedAt");
        Objects.requireNonNull(causationId, "causationId");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** How late the timer fired: the firing instant minus the instant it was due, never negative. */
    public long latenessMillis() {
        return Math.max(0, Duration.between(scheduledFor, firedAt).toMillis());
    }

    /** The expiry's consequence for the window's kind (DESIGN §4); empty for a reminder. */
    public Optional<String> consequence() {
        return kind instanceof TimerKind.Expiry ? Optional.of(ExpiryConsequence.of(windowKind)) : Optional.empty();
    }
}
