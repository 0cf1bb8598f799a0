package org.sanctionsplatform.guidance.windows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.calendar.Division;

/**
 * One running (or finished) time window of a case, e.g. the representations window opened by a notice of
 * intention (§7.1). Immutable: a change of state yields a new window.
 *
 * @param subjectId            the subject the window concerns, empty when it concerns the whole case
 * @param openedBy             the id of the milestone the window runs from
 * @param extendedBusinessDays the business days granted by extensions so far (included in {@code dueDate})
 * @param replaces             the window this one replaces, when a corrected milestone re-computed it
 * @param extensions           every extension agreed for the window, granted or refused, in order
 * @param metBy                the id of the milestone that met the window, when it is {@link WindowState#MET}
 */
public record Window(WindowId id, CaseId caseId, WindowKind kind, Optional<String> subjectId, String guidanceSection,
                     Division division, LocalDate startsOn, WindowLength length, LocalDate dueDate, Instant dueAt,
                     boolean fixedPenaltyCase, String openedBy, WindowState state, int extendedBusinessDays,
                     Optional<WindowId> replaces, List<ExtensionDecision> extensions, Optional<String> metBy) {

    /** A window not met (or met by a milestone not known, as recorded before the milestone was kept). */
    public Window(WindowId id, CaseId caseId, WindowKind kind, Optional<String> subjectId, String guidanceSection,
                  Division division, LocalDate startsOn, WindowLength length, LocalDate dueDate, Instant dueAt,
                  boolean fixedPenaltyCase, String openedBy, WindowState state, int extendedBusinessDays,
                  Optional<WindowId> replaces, List<ExtensionDecision> extensions) {
        this(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, state, extendedBusinessDays, replaces, extensions, Optional.empty());
    }

    /** A window as opened: not extended, replacing nothing. */
    public Window(WindowId id, CaseId caseId, WindowKind kind, Optional<String> subjectId, String guidanceSection,
                  Division division, LocalDate startsOn, WindowLength length, LocalDate dueDate, Instant dueAt,
                  boolean fixedPenaltyCase, String openedBy, WindowState state) {
        this(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, state, 0, Optional.empty(), List.of());
    }

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
        Objects.requireNonNull(replaces, "replaces");
        Objects.requireNonNull(metBy, "metBy");
        extensions = List.copyOf(extensions);
        if (extendedBusinessDays < 0) {
            throw new IllegalArgumentException("window " + id + " cannot be extended by " + extendedBusinessDays);
        }
        if (dueDate.isBefore(startsOn)) {
            throw new IllegalArgumentException("window " + id + " falls due on " + dueDate + ", before it starts on " + startsOn);
        }
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    /**
     * Open, or expired by its timer: neither met nor cancelled. Whether its time had run out on a given date is decided
     * by that date and the due date, never by the state alone, because the expiry timer may or may not have fired when
     * a milestone dated earlier is recorded; so the same milestones give the same windows whenever they are applied.
     */
    public boolean isLive() {
        return state == WindowState.OPEN || state == WindowState.EXPIRED;
    }

    /** Live and not past its due date on {@code date}: a milestone of that date still falls within it. */
    public boolean runsOn(LocalDate date) {
        return isLive() && !date.isAfter(dueDate);
    }

    /** A milestone about one subject touches that subject's windows and the case-wide ones; a case-wide milestone touches all. */
    public boolean concerns(Optional<String> subject) {
        return subject.isEmpty() || subjectId.isEmpty() || subjectId.equals(subject);
    }

    /** Whether the milestone with this id already extended (or was refused an extension of) this window. */
    public boolean decidedExtension(String milestoneId) {
        return extensions.stream().anyMatch(e -> e.milestoneId().equals(milestoneId));
    }

    Window withState(WindowState next) {
        if (next == WindowState.MET) {
            throw new IllegalArgumentException("a window is met by a milestone: use met(milestoneId)");
        }
        // an expired window can still be superseded by a recomputed one, and a met one by a correction of the
        // milestone that met it
        boolean superseded = (state == WindowState.EXPIRED || state == WindowState.MET) && next == WindowState.CANCELLED;
        if (!isOpen() && !superseded) {
            throw new IllegalStateException("window " + id + " is " + state + " and cannot become " + next);
        }
        return new Window(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, next, extendedBusinessDays, replaces, extensions, metBy);
    }

    /** The window met by the milestone {@code milestoneId}; an expired one can still be met by a milestone dated in time. */
    Window met(String milestoneId) {
        if (!isOpen() && state != WindowState.EXPIRED) {
            throw new IllegalStateException("window " + id + " is " + state + " and cannot be met");
        }
        return new Window(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, WindowState.MET, extendedBusinessDays, replaces, extensions,
                Optional.of(milestoneId));
    }

    /**
     * This window running again as {@code newId}, open, replacing this one (same start, due date, extensions and
     * opening milestone): what stands when the milestone that met it is corrected.
     */
    Window reopenedAs(WindowId newId) {
        return new Window(newId, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, WindowState.OPEN, extendedBusinessDays, Optional.of(id), extensions,
                Optional.empty());
    }

    /** The window after an extension was granted: due as {@code due} says, extended by {@code totalBusinessDays} in all. */
    Window extended(DueDates.Due due, ExtensionDecision decision, int totalBusinessDays) {
        if (!isOpen()) {
            throw new IllegalStateException("window " + id + " is " + state + " and cannot be extended");
        }
        return new Window(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, due.dueDate(),
                due.dueAt(), fixedPenaltyCase, openedBy, state, totalBusinessDays, replaces, plus(decision), metBy);
    }

    /** The window with a refused extension on its record; nothing else changes. */
    Window refused(ExtensionDecision decision) {
        return new Window(id, caseId, kind, subjectId, guidanceSection, division, startsOn, length, dueDate, dueAt,
                fixedPenaltyCase, openedBy, state, extendedBusinessDays, replaces, plus(decision), metBy);
    }

    private List<ExtensionDecision> plus(ExtensionDecision decision) {
        List<ExtensionDecision> next = new ArrayList<>(extensions);
        next.add(decision);
        return next;
    }
}
