package org.sanctionsplatform.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;

/**
 * One running (or finished) time window of a case, e.g. the representations window opened by a notice of
 * intention (§7.1). Immutable: a change of state yields a new window.
 *
 * @param subjectId the subject the window concerns, empty when it concerns the whole case
 * @param openedBy  the id of the milestone the window runs from
 */
public record Window(WindowId id, CaseId caseId, WindowKind kind, Optional<String> subjectId, String guidanceSection,
                     Division division, LocalDate startsOn, WindowLength length, LocalDate dueDate, Instant dueAt,
                     boolean fixedPenaltyCase, String openedBy, WindowState state) {

    public Window {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(guidanceSection, "guidanceSection");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(state, "state");
        if (dueDate.isBefore(startsOn)) {
            throw new IllegalArgumentException("window " + id + " falls due on " + dueDate + ", before it starts on " + startsOn);
        }
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    /** A milestone about one subject touches that subject's windows and the case-wide ones; a case-wide milestone touches all. */
    public boolean concerns(Optional<String> subject) {
        return subject.isEmpty() || subjectId.isEmpty() || subjectId.equals(subject);
    }

    Window withState(WindowState next) {
        if (!isOpen()) {
            throw new IllegalStateException("window " + id + " is " + state + " and cannot become " + next);
        }
        return new Window(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, next);
    }
}
