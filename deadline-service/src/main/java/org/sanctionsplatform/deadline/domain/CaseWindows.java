package org.sanctionsplatform.deadline.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.calendar.Division;

/**
 * The windows of one case and the facts they are computed from: the procedure and calendar division the case
 * was opened with. Decides which windows a milestone opens, meets or replaces, and returns those changes as
 * events; it never changes itself ({@link #apply} gives the case after the events).
 */
public final class CaseWindows {

    /**
     * The kinds opened so far (§6.8–6.9, §7.1, §13.3). The other kinds of {@link WindowKind} are modelled and
     * grow into this set as the timer engine does.
     */
    public static final Set<WindowKind> RUNNING_KINDS =
            Collections.unmodifiableSet(EnumSet.of(WindowKind.SETTLEMENT_DISCUSSIONS, WindowKind.REPRESENTATIONS));

    private final CaseId caseId;
    private final Procedure procedure;
    private final Division division;
    private final boolean closed;
    private final List<Window> windows;

    private CaseWindows(CaseId caseId, Procedure procedure, Division division, boolean closed, List<Window> windows) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.procedure = Objects.requireNonNull(procedure, "procedure");
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
     * What a milestone does to the case's windows, in this order:
     * <ol>
     *   <li>a correction cancels the corrected milestone's open windows (they are re-opened from the corrected
     *       date below: cancel and open, because the start date changes and DeadlineExtended cannot say so);</li>
     *   <li>it meets the open windows it satisfies, when it falls on or before their due date (§7.1: late
     *       representations are not normally accepted, so a late one leaves the window to expire);</li>
     *   <li>it opens the running windows that start at it and apply under the case's procedure, unless the same
     *       window exists already (a redelivered milestone) or one of that kind is open for the same subject
     *       (a notice sent again without being marked as a correction).</li>
     * </ol>
     * A closed case runs no windows, so its milestones change nothing.
     */
    public List<WindowEvent> record(CaseEvent.MilestoneRecorded milestone, DueDates dueDates) {
        requireThisCase(milestone);
        if (closed) {
            return List.of();
        }
        List<WindowEvent> events = new ArrayList<>();
        List<Window> current = new ArrayList<>(windows);
        Set<WindowKind> settledByCorrectedMilestone = EnumSet.noneOf(WindowKind.class);

        milestone.corrects().ifPresent(correctedId -> {
            for (int i = 0; i < current.size(); i++) {
                Window window = current.get(i);
                if (!window.openedBy().equals(correctedId)) {
                    continue;
                }
                if (window.isOpen()) {
                    Window cancelled = window.withState(WindowState.CANCELLED);
                    current.set(i, cancelled);
                    events.add(new WindowEvent.Cancelled(cancelled,
                            "milestone corrected: " + correctedId + " replaced by " + milestone.milestoneId()));
                } else {
                    // a window already met or expired is final; the correction does not run it again
                    settledByCorrectedMilestone.add(window.kind());
                }
            }
        });

        for (int i = 0; i < current.size(); i++) {
            Window window = current.get(i);
            if (window.isOpen() && window.kind().metBy() == milestone.milestone()
                    && window.concerns(milestone.subjectId()) && !milestone.occurredOn().isAfter(window.dueDate())) {
                Window met = window.withState(WindowState.MET);
                current.set(i, met);
                events.add(new WindowEvent.Met(met, milestone.occurredOn(),
                        milestone.milestone().name() + " " + milestone.milestoneId()));
            }
        }

        for (WindowKind kind : RUNNING_KINDS) {
            if (!kind.startsAt(milestone.milestone()) || settledByCorrectedMilestone.contains(kind)) {
                continue;
            }
            Optional<WindowKind.WindowTerms> terms = kind.termsUnder(procedure);
            if (terms.isEmpty() || !runsFrom(kind, milestone)) {
                continue;
            }
            WindowId id = WindowId.of(caseId, kind, milestone.subjectId(), milestone.milestoneId());
            boolean exists = current.stream().anyMatch(w -> w.id().equals(id));
            boolean openForSubject = current.stream()
                    .anyMatch(w -> w.isOpen() && w.kind() == kind && w.subjectId().equals(milestone.subjectId()));
            if (exists || openForSubject) {
                continue;
            }
            DueDates.Due due = dueDates.due(terms.get().length(), milestone.occurredOn(), division);
            Window opened = new Window(id, caseId, kind, milestone.subjectId(), terms.get().guidanceSection(), division,
                    milestone.occurredOn(), terms.get().length(), due.dueDate(), due.dueAt(),
                    terms.get().fixedPenaltyCase(), milestone.milestoneId(), WindowState.OPEN);
            current.add(opened);
            events.add(new WindowEvent.Opened(opened));
        }
        return List.copyOf(events);
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
        return new CaseWindows(caseId, procedure, division, closed, next);
    }

    /** The case once closed. */
    public CaseWindows closed(CaseEvent.Closed closure) {
        return new CaseWindows(caseId, procedure, division, true, apply(close(closure)).windows);
    }

    public List<Window> windowsOfKind(WindowKind kind) {
        return windows.stream().filter(w -> w.kind() == kind).collect(Collectors.toList());
    }

    private static boolean runsFrom(WindowKind kind, CaseEvent.MilestoneRecorded milestone) {
        if (kind == WindowKind.SETTLEMENT_DISCUSSIONS) {
            return SettlementScheme.coversNoticeOfIntentionOn(milestone.occurredOn());
        }
        return true;
    }

    private void requireThisCase(CaseEvent event) {
        if (!event.caseId().equals(caseId)) {
            throw new IllegalArgumentException("event of case " + event.caseId() + " applied to case " + caseId);
        }
    }
}
