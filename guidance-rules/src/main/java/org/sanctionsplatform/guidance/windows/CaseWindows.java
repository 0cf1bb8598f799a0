package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.calendar.Division;

/**
 * The windows of one case and the facts they are computed from: the procedure and calendar division the case
 * was opened with, and the terms its windows run under ({@link #windowTerms}: the procedure's, until the
 * assessment finds a fixed-penalty case does not take the halved fixed-penalty timeframes, see {@link #termsAfter}). Decides which windows a milestone opens, meets or replaces, and returns those changes as
 * events; it never changes itself ({@link #apply} gives the case after the events).
 */
public final class CaseWindows {

    /** Every kind of DESIGN §4's table runs (chapters 4, 6.8–6.9, 7–10, 12.2, 13.3). */
    public static final Set<WindowKind> RUNNING_KINDS = Collections.unmodifiableSet(EnumSet.allOf(WindowKind.class));

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
     * The windows recomputed under other terms: each open (or expired) window whose length or source differs under them is
     * cancelled and opened again from the same start with the new length (DeadlineCancelled, then DeadlineOpened with
     * {@code replacesWindowId}), keeping the extensions granted to it. Windows that run under only one of the terms
     * (settlement, §6.9) are not opened or cancelled retroactively: the milestones recorded from now on open windows
     * under the new terms. {@code causeId} (the assessment event) makes the new windows' ids unique.
     */
    public List<WindowEvent> recomputeUnder(Procedure terms, String causeId, DueDates dueDates) {
        List<WindowEvent> events = new ArrayList<>();
        for (Window window : windows) {
            // an expired window is recomputed too: it may have expired only because it ran under the wrong terms
            if (!window.isOpen() && window.state() != WindowState.EXPIRED) {
                continue;
            }
            Optional<WindowKind.WindowTerms> now = window.kind().termsUnder(terms);
            if (now.isEmpty() || (now.get().length().equals(window.length())
                    && now.get().guidanceSection().equals(window.guidanceSection()))) {
                continue;
            }
            String reason = terms.isFixedPenalty()
                    ? "the fixed-penalty timeframes apply (§13.3): recomputed after assessment " + causeId
                    : "the full process's timeframes apply, not the halved fixed-penalty ones (§13.3): recomputed after assessment " + causeId;
            events.add(new WindowEvent.Cancelled(window.withState(WindowState.CANCELLED), reason));
            DueDates.Due due = dueDates.due(now.get().length(), window.startsOn(), division);
            WindowId id = WindowId.of(caseId, window.kind(), window.subjectId(), window.openedBy() + "@" + causeId);
            events.add(new WindowEvent.Opened(newWindow(id, window.kind(), now.get(), window.subjectId(),
                    window.startsOn(), due, window.openedBy(), window, dueDates)));
        }
        return List.copyOf(events);
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
     *   <li>an agreed extension (WINDOW_EXTENSION_AGREED) extends the open windows of the kind it names, or is
     *       refused by the rules of {@link Extension} with the refusal kept on the window; a corrected extension
     *       replaces the one it corrects (that one's days are taken back first); it does nothing else;</li>
     *   <li>a correction cancels the corrected milestone's open windows; they are re-computed below from the
     *       corrected facts, each new window naming the one it {@link Window#replaces() replaces} and keeping its
     *       granted extensions (cancel and open, because the start date changes and DeadlineExtended cannot say so);
     *       a series of reviews keeps the reviews that have already ended and re-computes the rest. A window the
     *       corrected milestone had met is cancelled and runs again (same start and due date) as a window that
     *       replaces it, for the corrected milestone to meet or not;</li>
     *   <li>it meets the open windows it satisfies, when it falls on or before their due date (§7.1: late
     *       representations are not normally accepted, so a late one leaves the window to expire); the early account
     *       being delivered also ends its monthly progress reviews (§4.5);</li>
     *   <li>it opens the windows that start at it and apply under the case's procedure, unless the same window
     *       exists already (a redelivered milestone) or one of that kind is open for the same subject (a notice sent
     *       again without being marked as a correction); and a window met by it opens the window that starts at the
     *       end of that one (§7.1: OFSI's response runs from the final day for representations).</li>
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
        if (milestone.milestone() == Milestone.WINDOW_EXTENSION_AGREED) {
            extend(milestone, dueDates, current, events);
            return List.copyOf(events);
        }
        Set<WindowKind> settledByCorrectedMilestone = EnumSet.noneOf(WindowKind.class);
        Map<String, List<Window>> replaced = new HashMap<>();

        milestone.corrects().ifPresent(correctedId -> {
            int windowsBefore = current.size();
            for (int i = 0; i < windowsBefore; i++) {
                Window window = current.get(i);
                String reason = "milestone corrected: " + correctedId + " replaced by " + milestone.milestoneId();
                if (window.state() == WindowState.MET && window.metBy().filter(correctedId::equals).isPresent()) {
                    // the milestone that met it happened otherwise: the window runs again from the same start to the
                    // same due date, and the corrected milestone (below) meets it if it falls on or before that date,
                    // or the expiry timer ends it (at once, late, when the due date has passed)
                    Window cancelled = window.withState(WindowState.CANCELLED);
                    current.set(i, cancelled);
                    events.add(new WindowEvent.Cancelled(cancelled, reason));
                    Window reopened = window.reopenedAs(WindowId.of(caseId, window.kind(), window.subjectId(),
                            window.openedBy() + "@" + milestone.milestoneId()));
                    current.add(reopened);
                    events.add(new WindowEvent.Opened(reopened));
                    continue;
                }
                if (!window.openedBy().equals(correctedId)) {
                    continue;
                }
                boolean recurring = window.length() instanceof WindowLength.Recurring;
                if (window.isOpen()) {
                    Window cancelled = window.withState(WindowState.CANCELLED);
                    current.set(i, cancelled);
                    events.add(new WindowEvent.Cancelled(cancelled, reason));
                } else if (!recurring) {
                    // a window already met or expired is final; the correction does not run it again
                    settledByCorrectedMilestone.add(window.kind());
                }
                // kept as it was before the correction: open ones are replaced, and a recurring series keeps the
                // reviews that have already ended (see openFrom)
                if (window.isOpen() || recurring) {
                    replaced.computeIfAbsent(slot(window.kind(), window.subjectId()), k -> new ArrayList<>()).add(window);
                }
            }
        });

        for (int i = 0; i < current.size(); i++) {
            Window window = current.get(i);
            if (window.state() == WindowState.EXPIRED && window.concerns(milestone.subjectId())
                    && window.kind().metBy() == milestone.milestone() && !milestone.occurredOn().isAfter(window.dueDate())) {
                // recorded after the expiry fired, but it happened in time: what counts is the date it happened
                // (e.g. representations received on the due day and logged the next morning), so the window is met
                Window met = window.met(milestone.milestoneId());
                current.set(i, met);
                events.add(new WindowEvent.Met(met, milestone.occurredOn(),
                        milestone.milestone().name() + " " + milestone.milestoneId()));
                continue;
            }
            if (!window.isOpen() || !window.concerns(milestone.subjectId())) {
                continue;
            }
            if (window.length() instanceof WindowLength.Recurring recurring) {
                if (recurring.until() == milestone.milestone()) {
                    // §4.5: progress reviews run until the early account is delivered; the ones left are not needed
                    Window ended = window.withState(WindowState.CANCELLED);
                    current.set(i, ended);
                    events.add(new WindowEvent.Cancelled(ended, "no further " + window.kind() + ": "
                            + milestone.milestone() + " " + milestone.milestoneId() + " on " + milestone.occurredOn()
                            + " (§" + window.guidanceSection() + ")"));
                }
                continue;
            }
            if (window.kind().metBy() == milestone.milestone() && !milestone.occurredOn().isAfter(window.dueDate())) {
                Window met = window.met(milestone.milestoneId());
                current.set(i, met);
                events.add(new WindowEvent.Met(met, milestone.occurredOn(),
                        milestone.milestone().name() + " " + milestone.milestoneId()));
            }
        }

        for (WindowKind kind : RUNNING_KINDS) {
            if (settledByCorrectedMilestone.contains(kind)) {
                continue;
            }
            Optional<WindowKind.WindowTerms> terms = kind.termsUnder(windowTerms);
            if (terms.isEmpty()) {
                continue;
            }
            if (kind.startsAt(milestone.milestone())) {
                if (!runsFrom(kind, milestone) || alreadyRuns(current, kind, milestone.subjectId(), milestone.milestoneId())) {
                    continue;
                }
                List<Window> opened = openFrom(kind, terms.get(), milestone, dueDates,
                        replaced.getOrDefault(slot(kind, milestone.subjectId()), List.of()));
                current.addAll(opened);
                opened.forEach(w -> events.add(new WindowEvent.Opened(w)));
            } else if (kind.start() instanceof WindowStart.AtEndOf atEndOf && atEndOf.kind().metBy() == milestone.milestone()) {
                for (Window ended : endedWindowsOf(atEndOf.kind(), current, milestone.subjectId())) {
                    boolean runs = current.stream().anyMatch(w -> w.kind() == kind
                            && w.subjectId().equals(ended.subjectId()) && w.state() != WindowState.CANCELLED);
                    if (runs) {
                        continue;
                    }
                    Window opened = openAtEndOf(kind, terms.get(), ended, milestone, dueDates,
                            first(replaced.get(slot(kind, ended.subjectId()))));
                    current.add(opened);
                    events.add(new WindowEvent.Opened(opened));
                }
            }
        }
        return List.copyOf(events);
    }

    /**
     * An agreed extension: each open window of the named kind that concerns the milestone's subject is extended by
     * the agreed business days from its current due date, unless {@link Extension#refusal the kind's rule} refuses
     * it, or it was agreed after the window had closed. A refusal is kept on the window (the latest of that kind
     * when none is open). An extension seen before (a redelivered milestone) changes nothing. A correction of an
     * extension applies to the windows the corrected one was decided for: the days it granted are taken back and
     * the corrected terms decided in their place (refused, the earlier extension stands).
     */
    private void extend(CaseEvent.MilestoneRecorded milestone, DueDates dueDates, List<Window> current,
                        List<WindowEvent> events) {
        ExtensionRequest request = milestone.extension();
        if (request.windowKind().isEmpty()) {
            return;
        }
        WindowKind kind = request.windowKind().get();
        List<Integer> ofKind = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            Window w = current.get(i);
            if (w.kind() == kind && w.concerns(milestone.subjectId())) {
                ofKind.add(i);
            }
        }
        List<Integer> open = ofKind.stream().filter(i -> current.get(i).isOpen()).toList();
        if (open.isEmpty()) {
            ofKind.stream().max(Comparator.comparing((Integer i) -> current.get(i).dueDate()))
                    .filter(i -> !current.get(i).decidedExtension(milestone.milestoneId()))
                    .ifPresent(i -> {
                        Window w = current.get(i);
                        refuse(w, i, milestone, "the " + kind + " window is " + w.state() + ", not open", current, events);
                    });
            return;
        }
        for (int i : open) {
            Window w = current.get(i);
            if (w.decidedExtension(milestone.milestoneId())) {
                continue;
            }
            // a corrected extension replaces the one it corrects: undo that one's days, then decide this one
            int undo = 0;
            LocalDate closes = w.dueDate();
            String corrects = "";
            if (milestone.corrects().isPresent()) {
                Optional<ExtensionDecision> earlier = w.extensions().stream()
                        .filter(d -> d.milestoneId().equals(milestone.corrects().get()))
                        .findFirst();
                if (earlier.isEmpty()) {
                    continue; // the corrected extension did not concern this window
                }
                undo = earlier.get().granted() ? earlier.get().requestedBusinessDays() : 0;
                closes = undo == 0 ? w.dueDate() : dueDates.extend(w.dueDate(), -undo, w.division()).dueDate();
                corrects = " (corrects " + earlier.get().milestoneId() + ", which "
                        + (earlier.get().granted() ? "granted " + undo + " business days" : "was refused") + ")";
            }
            int alreadyExtended = w.extendedBusinessDays() - undo;
            LocalDate closesOn = closes;
            Optional<String> refusal = kind.extension().refusal(kind, alreadyExtended, request)
                    .or(() -> milestone.occurredOn().isAfter(closesOn)
                            ? Optional.of("agreed on " + milestone.occurredOn() + ", after the window closed at the end of "
                                    + closesOn)
                            : Optional.empty());
            if (refusal.isPresent()) {
                // a refused correction changes nothing: the extension it corrects stands
                refuse(w, i, milestone, refusal.get() + corrects, current, events);
                continue;
            }
            int days = request.businessDays().orElseThrow();
            DueDates.Due due = dueDates.extend(closes, days, w.division());
            ExtensionDecision decision = new ExtensionDecision(milestone.milestoneId(), milestone.occurredOn(), days,
                    request.reason().orElseThrow() + corrects, Optional.empty(), w.dueDate(), due.dueDate());
            Window extended = w.extended(due, decision, alreadyExtended + days);
            current.set(i, extended);
            events.add(new WindowEvent.Extended(extended, decision));
        }
    }

    private static void refuse(Window w, int index, CaseEvent.MilestoneRecorded milestone, String refusal,
                               List<Window> current, List<WindowEvent> events) {
        ExtensionRequest request = milestone.extension();
        ExtensionDecision decision = new ExtensionDecision(milestone.milestoneId(), milestone.occurredOn(),
                request.businessDays().orElse(0), request.reason().orElse(""), Optional.of(refusal), w.dueDate(),
                w.dueDate());
        Window refused = w.refused(decision);
        current.set(index, refused);
        events.add(new WindowEvent.ExtensionRefused(refused, decision));
    }

    /**
     * The windows a milestone opens of a kind that starts at it: one, or the series of a recurring check (§4.5).
     * {@code replacing} are the windows of that kind opened by the milestone a correction replaced, as they were before
     * it: the open one a single window replaces; or, for a series, every review of the earlier series, so that the
     * k-th review of the new series replaces the earlier k-th when that one was still open, is left out when that one
     * has already ended (it happened, or its time passed), and is new when the earlier series was shorter.
     */
    private List<Window> openFrom(WindowKind kind, WindowKind.WindowTerms terms, CaseEvent.MilestoneRecorded milestone,
                                  DueDates dueDates, List<Window> replacing) {
        WindowLength length = terms.length();
        LocalDate start = milestone.occurredOn();
        if (length instanceof WindowLength.Recurring recurring) {
            // §4.5: monthly reviews from the terms being agreed until the delivery date in the EAS letter
            LocalDate until = deliveryDate(milestone, dueDates).dueDate();
            List<Window> earlierReviews = replacing.stream().sorted(Comparator.comparing(Window::dueDate)).toList();
            List<Window> series = new ArrayList<>();
            LocalDate from = start;
            int k = 1;
            for (DueDates.Due due : dueDates.recurring(recurring.every(), start, until, division)) {
                Optional<Window> earlier = k <= earlierReviews.size() ? Optional.of(earlierReviews.get(k - 1)) : Optional.empty();
                if (earlier.isEmpty() || earlier.get().isOpen()) {
                    WindowId id = WindowId.of(caseId, kind, milestone.subjectId(), milestone.milestoneId() + "#" + k);
                    series.add(new Window(id, caseId, kind, milestone.subjectId(), terms.guidanceSection(), division,
                            from, length, due.dueDate(), due.dueAt(), terms.fixedPenaltyCase(), milestone.milestoneId(),
                            WindowState.OPEN, 0, earlier.map(Window::id), List.of()));
                }
                from = due.dueDate();
                k++;
            }
            return series;
        }
        DueDates.Due due = length instanceof WindowLength.DateInLetter
                ? deliveryDate(milestone, dueDates)
                : dueDates.due(length, start, division);
        WindowId id = WindowId.of(caseId, kind, milestone.subjectId(), milestone.milestoneId());
        return List.of(newWindow(id, kind, terms, milestone.subjectId(), start, due, milestone.milestoneId(),
                first(replacing), dueDates));
    }

    private static Window first(List<Window> windows) {
        return windows == null || windows.isEmpty() ? null : windows.get(0);
    }

    /** §7.1: the window that starts at the end of {@code ended} (OFSI's response after the final day for representations). */
    private Window openAtEndOf(WindowKind kind, WindowKind.WindowTerms terms, Window ended,
                               CaseEvent.MilestoneRecorded milestone, DueDates dueDates, Window replacing) {
        DueDates.Due due = dueDates.due(terms.length(), ended.dueDate(), division);
        WindowId id = WindowId.of(caseId, kind, ended.subjectId(), milestone.milestoneId());
        return newWindow(id, kind, terms, ended.subjectId(), ended.dueDate(), due, milestone.milestoneId(), replacing,
                dueDates);
    }

    /** A new window; one that replaces a window of a corrected milestone keeps the extensions granted to it. */
    private Window newWindow(WindowId id, WindowKind kind, WindowKind.WindowTerms terms, Optional<String> subjectId,
                             LocalDate start, DueDates.Due due, String openedBy, Window replacing, DueDates dueDates) {
        if (replacing == null) {
            return new Window(id, caseId, kind, subjectId, terms.guidanceSection(), division, start, terms.length(),
                    due.dueDate(), due.dueAt(), terms.fixedPenaltyCase(), openedBy, WindowState.OPEN);
        }
        DueDates.Due extended = replacing.extendedBusinessDays() == 0 ? due
                : dueDates.extend(due.dueDate(), replacing.extendedBusinessDays(), division);
        return new Window(id, caseId, kind, subjectId, terms.guidanceSection(), division, start, terms.length(),
                extended.dueDate(), extended.dueAt(), terms.fixedPenaltyCase(), openedBy, WindowState.OPEN,
                replacing.extendedBusinessDays(), Optional.of(replacing.id()), replacing.extensions());
    }

    /** §4.5: the delivery date in the EAS letter or, when the letter's date is not known, the usual six months. */
    private DueDates.Due deliveryDate(CaseEvent.MilestoneRecorded milestone, DueDates dueDates) {
        WindowLength.DateInLetter letter = (WindowLength.DateInLetter) WindowKind.EARLY_ACCOUNT_DELIVERY.length();
        return milestone.dueDateInLetter()
                .map(date -> dueDates.dueOn(date, division))
                .orElseGet(() -> dueDates.usualDelivery(letter.normallyAtMost(), milestone.occurredOn(), division));
    }

    private static boolean alreadyRuns(List<Window> current, WindowKind kind, Optional<String> subjectId,
                                       String milestoneId) {
        return current.stream().anyMatch(w -> w.kind() == kind && w.subjectId().equals(subjectId)
                && (w.openedBy().equals(milestoneId) || w.isOpen()));
    }

    private static List<Window> endedWindowsOf(WindowKind kind, List<Window> current, Optional<String> subjectId) {
        return current.stream()
                .filter(w -> w.kind() == kind && w.state() == WindowState.MET && w.concerns(subjectId))
                .toList();
    }

    private static String slot(WindowKind kind, Optional<String> subjectId) {
        return kind.name() + "|" + subjectId.orElse("");
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
