package org.sanctionsplatform.guidance.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsplatform.calendar.Division;

/**
 * The windows of one case and the facts they are computed from: the procedure and calendar division the case
 * was opened with, and the terms its windows run under ({@link #windowTerms}: the procedure's, until the
 * assessment finds a fixed-penalty case does not take the halved fixed-penalty timeframes, see {@link #termsAfter}).
 * Decides which windows a milestone opens, meets, extends or replaces, by the named policies of this package, and
 * returns those changes as events; it never changes itself ({@link #apply} gives the case after the events).
 * The deadline service keeps it; intake and assessment {@link #replay} it from their own milestones.
 */
public final class CaseWindows {

    private final CaseId caseId;
    private final Procedure procedure;
    private final Procedure windowTerms;
    private final Division division;
    private final boolean closed;
    private final List<Window> windows;

    private CaseWindows(CaseId caseId, Procedure procedure, Division division, boolean closed, List<Window> windows) {
        this(caseId, procedure, procedure, division, closed, windows);
    }

    private CaseWindows(CaseId caseId, Procedure procedure, Procedure windowTerms, Division division, boolean closed,
                        List<Window> windows) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.procedure = Objects.requireNonNull(procedure, "procedure");
        this.windowTerms = Objects.requireNonNull(windowTerms, "windowTerms");
        this.division = Objects.requireNonNull(division, "division");
        this.closed = closed;
        this.windows = List.copyOf(windows);
    }

    public static CaseWindows opened(CaseEvent.Opened opened) {
        return new CaseWindows(opened.caseId(), opened.procedure(), opened.division(), false, List.of());
    }

    public static CaseWindows restore(CaseId caseId, Procedure procedure, Division division, boolean closed,
                                      List<Window> windows) {
        return new CaseWindows(caseId, procedure, division, closed, windows);
    }

    public static CaseWindows restore(CaseId caseId, Procedure procedure, Procedure windowTerms, Division division,
                                      boolean closed, List<Window> windows) {
        return new CaseWindows(caseId, procedure, windowTerms, division, closed, windows);
    }

    /** Whose timeframes the case's windows run under: the fixed-penalty ones (§13.3) or the full process's. */
    public Procedure windowTerms() {
        return windowTerms;
    }

    /**
     * The terms the windows should run under once the assessment service has said whether this case takes the
     * halved fixed-penalty timeframes (CaseAssessed {@code halvedWindows}, §13.3): a case opened under the
     * fixed-penalty procedure whose offence does not qualify for a fixed penalty, or that is escalated to the full
     * process after an earlier £10,000 fixed penalty (Figure 13A), runs the full process's windows; it returns to
     * the fixed-penalty terms if a later assessment qualifies it again. A case opened under the full process keeps
     * its terms. Empty when nothing changes (or the case is closed).
     */
    public Optional<Procedure> termsAfter(boolean halvedWindows) {
        Procedure next = procedure.isFixedPenalty() && !halvedWindows ? Procedure.CIVIL_MONETARY_PENALTY : procedure;
        return closed || next == windowTerms ? Optional.empty() : Optional.of(next);
    }

    /**
     * The windows recomputed under other terms ({@link TermsPolicy}); {@code causeId} (the assessment event) makes the
     * new windows' ids unique.
     */
    public List<WindowEvent> recomputeUnder(Procedure terms, String causeId, DueDates dueDates) {
        return TermsPolicy.recompute(this, terms, causeId, dueDates);
    }

    public CaseId caseId() {
        return caseId;
    }

    public Procedure procedure() {
        return procedure;
    }

    public Division division() {
        return division;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<Window> windows() {
        return windows;
    }

    /**
     * What a milestone does to the case's windows, each step a named policy applied to the windows as the step before
     * left them:
     * <ol>
     *   <li>an agreed extension (WINDOW_EXTENSION_AGREED) is decided by {@link ExtensionPolicy} and does nothing else;</li>
     *   <li>a correction re-runs the windows of the milestone it corrects ({@link CorrectionPolicy});</li>
     *   <li>the milestone meets the windows it satisfies ({@link MeetingPolicy});</li>
     *   <li>it opens the windows that start at it, or at the end of a window it met ({@link OpeningPolicy}).</li>
     * </ol>
     * A closed case runs no windows, so its milestones change nothing. The result depends only on the milestones and
     * their dates, never on when a timer fired, so intake and assessment replaying the same milestones
     * ({@link #replay}) see what the deadline service sees.
     */
    public List<WindowEvent> record(CaseEvent.MilestoneRecorded milestone, DueDates dueDates) {
        requireThisCase(milestone);
        if (closed) {
            return List.of();
        }
        WindowChanges changes = new WindowChanges(windows);
        if (milestone.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
            new ExtensionPolicy(this, dueDates).apply(changes, milestone);
            return changes.events();
        }
        CorrectionPolicy.Correction correction = CorrectionPolicy.apply(changes, milestone, caseId);
        MeetingPolicy.apply(changes, milestone);
        new OpeningPolicy(this, dueDates).apply(changes, milestone, correction);
        return changes.events();
    }

    /**
     * The windows of a case computed from its milestones, in the order they were recorded (a correction after the
     * milestone it corrects), under the given terms: how intake and assessment see the windows the deadline service
     * keeps for the same case, by the same rules.
     */
    public static CaseWindows replay(CaseEvent.Opened opened, Procedure terms,
                                     List<CaseEvent.MilestoneRecorded> milestones, DueDates dueDates) {
        CaseWindows windows = opened(opened).underTerms(terms);
        for (CaseEvent.MilestoneRecorded milestone : milestones) {
            windows = windows.apply(windows.record(milestone, dueDates));
        }
        return windows;
    }

    /**
     * Why the deadline service would not grant an agreed extension (WINDOW_EXTENSION_AGREED) recorded now: the refusal
     * of the {@link ExtensionPolicy} for the windows of the kind it names, or that the case has no such window for the
     * subject; empty when it would be granted. Intake asks this before accepting an extension, so that what it accepts
     * is exactly what the deadline service grants.
     */
    public Optional<ExtensionRefusal> extensionRefusal(CaseEvent.MilestoneRecorded extension, DueDates dueDates) {
        if (extension.milestone() != Milestone.WINDOW_EXTENSION_AGREED || extension.extension().windowKind().isEmpty()) {
            throw new IllegalArgumentException("not an extension of a named window: " + extension);
        }
        if (closed) {
            return Optional.of(new ExtensionRefusal(ExtensionRefusal.WINDOW_KIND,
                    "the case is closed: its windows no longer run"));
        }
        WindowKind kind = extension.extension().windowKind().get();
        if (!kind.extension().allowed()) {
            // the guidance's answer whatever the case's windows
            return kind.extension().refusal(kind, 0, extension.extension());
        }
        List<WindowEvent> events = record(extension, dueDates);
        Optional<ExtensionRefusal> refused = events.stream()
                .filter(WindowEvent.ExtensionRefused.class::isInstance)
                .map(e -> ((WindowEvent.ExtensionRefused) e).refusal())
                .findFirst();
        if (refused.isPresent() || events.stream().anyMatch(WindowEvent.Extended.class::isInstance)) {
            return refused;
        }
        return Optional.of(new ExtensionRefusal(ExtensionRefusal.WINDOW_KIND, "the case has no " + kind + " window"
                + extension.subjectId().map(s -> " for subject " + s).orElse("") + " to extend: it " + kind.opensWith()
                + (kind.termsUnder(windowTerms).isEmpty()
                        ? ", and it does not run under the " + windowTerms + " timeframes" : "")
                + (extension.corrects().isPresent() ? ", or the corrected extension was not decided for it" : "")));
    }

    /** Closing a case cancels every window still open. */
    public List<WindowEvent> close(CaseEvent.Closed closure) {
        requireThisCase(closure);
        return windows.stream()
                .filter(Window::isOpen)
                .map(w -> (WindowEvent) new WindowEvent.Cancelled(w.withState(WindowState.CANCELLED),
                        "case closed: " + closure.reason()))
                .toList();
    }

    /** The case after the events: changed windows replaced, new ones added. */
    public CaseWindows apply(List<WindowEvent> events) {
        List<Window> next = new ArrayList<>(windows);
        for (WindowEvent event : events) {
            Window changed = event.window();
            next.removeIf(w -> w.id().equals(changed.id()));
            next.add(changed);
        }
        return new CaseWindows(caseId, procedure, windowTerms, division, closed, next);
    }

    /** The case with its windows running under {@code terms} from now on (see {@link #termsAfter}). */
    public CaseWindows underTerms(Procedure terms) {
        return new CaseWindows(caseId, procedure, terms, division, closed, windows);
    }

    /** The case once closed. */
    public CaseWindows closed(CaseEvent.Closed closure) {
        return new CaseWindows(caseId, procedure, windowTerms, division, true, apply(close(closure)).windows);
    }

    public List<Window> windowsOfKind(WindowKind kind) {
        return windows.stream().filter(w -> w.kind() == kind).collect(Collectors.toList());
    }

    private void requireThisCase(CaseEvent event) {
        if (!event.caseId().equals(caseId)) {
            throw new IllegalArgumentException("event of case " + event.caseId() + " applied to case " + caseId);
        }
    }
}
