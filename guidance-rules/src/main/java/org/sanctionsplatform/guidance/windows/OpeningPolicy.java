package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A milestone opens the windows that start at it and run under the case's terms (DESIGN §4's table), unless the same
 * window exists already (a redelivered milestone) or one of that kind still runs for the same subject on the
 * milestone's date (a notice sent again without being marked as a correction); and a window met by it opens the window that starts at the end of
 * that one (§7.1: OFSI's response runs from the final day for representations). The settlement discussions run only
 * from a notice of intention the Settlement Scheme covers (§6.9, {@link SettlementScheme}).
 */
final class OpeningPolicy {

    private final CaseWindows theCase;
    private final DueDates dueDates;

    OpeningPolicy(CaseWindows theCase, DueDates dueDates) {
        this.theCase = theCase;
        this.dueDates = dueDates;
    }

    void apply(WindowChanges changes, CaseEvent.MilestoneRecorded milestone, CorrectionPolicy.Correction correction) {
        for (WindowKind kind : WindowKind.values()) {
            if (correction.settled().contains(kind)) {
                continue;
            }
            Optional<WindowKind.WindowTerms> terms = kind.termsUnder(theCase.windowTerms());
            if (terms.isEmpty()) {
                continue;
            }
            if (kind.startsAt(milestone.milestone())) {
                List<Window> replacing = correction.replacing(kind, milestone.subjectId());
                if (runsFrom(kind, milestone) && !alreadyRuns(changes.windows(), kind, milestone, replacing)) {
                    openFrom(kind, terms.get(), milestone, replacing)
                            .forEach(w -> changes.record(new WindowEvent.Opened(w)));
                }
            } else if (kind.start() instanceof WindowStart.AtEndOf atEndOf && atEndOf.kind().metBy() == milestone.milestone()) {
                for (Window ended : metWindowsOf(atEndOf.kind(), changes.windows(), milestone.subjectId())) {
                    boolean runs = changes.windows().stream().anyMatch(w -> w.kind() == kind
                            && w.subjectId().equals(ended.subjectId()) && w.state() != WindowState.CANCELLED);
                    if (!runs) {
                        changes.record(new WindowEvent.Opened(openAtEndOf(kind, terms.get(), ended, milestone,
                                correction.replacingOne(kind, ended.subjectId()).orElse(null))));
                    }
                }
            }
        }
    }

    /**
     * The windows a milestone opens of a kind that starts at it: one, or the series of a recurring check (§4.5).
     * {@code replacing} are the windows of that kind opened by the milestone a correction replaced, as they were before
     * it: the open one a single window replaces; or, for a series, every review of the earlier series, so that the
     * k-th review of the new series replaces the earlier k-th when that one was still open, is left out when that one
     * has already ended (it happened, or its time passed), and is new when the earlier series was shorter.
     */
    private List<Window> openFrom(WindowKind kind, WindowKind.WindowTerms terms, CaseEvent.MilestoneRecorded milestone,
                                  List<Window> replacing) {
        WindowLength length = terms.length();
        LocalDate start = milestone.occurredOn();
        if (length instanceof WindowLength.Recurring) {
            // §4.5: monthly reviews from the terms being agreed until the delivery date in the EAS letter
            List<Window> earlierReviews = replacing.stream().sorted(Comparator.comparing(Window::dueDate)).toList();
            return reviews(kind, terms, milestone.milestoneId(), milestone.subjectId(), start,
                    deliveryDate(milestone).dueDate(), earlierReviews);
        }
        DueDates.Due due = length instanceof WindowLength.DateInLetter
                ? deliveryDate(milestone)
                : dueDates.due(length, start, theCase.division());
        WindowId id = WindowId.of(theCase.caseId(), kind, milestone.subjectId(), milestone.milestoneId());
        return List.of(newWindow(id, kind, terms, milestone.subjectId(), start, due, milestone.milestoneId(),
                replacing.isEmpty() ? null : replacing.get(0)));
    }

    /** The reviews of a series continued until {@code until}: those of its schedule due after {@code after}. */
    List<Window> reviews(WindowKind kind, WindowKind.WindowTerms terms, String openedBy, Optional<String> subjectId,
                         LocalDate start, LocalDate until, LocalDate after) {
        return reviews(kind, terms, openedBy, subjectId, start, until, List.of()).stream()
                .filter(w -> w.dueDate().isAfter(after))
                .toList();
    }

    /**
     * The reviews of a series: the k-th falls {@code every} after the start (moved off a non-working day), runs from the
     * one before, while before {@code until}; see {@link #openFrom} for {@code earlierReviews}.
     */
    private List<Window> reviews(WindowKind kind, WindowKind.WindowTerms terms, String openedBy,
                                 Optional<String> subjectId, LocalDate start, LocalDate until,
                                 List<Window> earlierReviews) {
        WindowLength.Recurring recurring = (WindowLength.Recurring) terms.length();
        List<DueDates.Due> dues = dueDates.recurring(recurring.every(), start, until, theCase.division());
        List<Window> series = new ArrayList<>();
        for (int k = 1; k <= dues.size(); k++) {
            LocalDate from = k == 1 ? start : dues.get(k - 2).dueDate();
            DueDates.Due due = dues.get(k - 1);
            Optional<Window> earlier = k <= earlierReviews.size() ? Optional.of(earlierReviews.get(k - 1)) : Optional.empty();
            if (earlier.isEmpty() || earlier.get().isOpen()) {
                WindowId id = WindowId.of(theCase.caseId(), kind, subjectId, openedBy + "#" + k);
                series.add(new Window(id, theCase.caseId(), kind, subjectId, terms.guidanceSection(), theCase.division(),
                        from, terms.length(), due.dueDate(), due.dueAt(), terms.fixedPenaltyCase(), openedBy,
                        WindowState.OPEN, 0, earlier.map(Window::id), List.of()));
            }
        }
        return series;
    }

    /** §7.1: the window that starts at the end of {@code ended} (OFSI's response after the final day for representations). */
    private Window openAtEndOf(WindowKind kind, WindowKind.WindowTerms terms, Window ended,
                               CaseEvent.MilestoneRecorded milestone, Window replacing) {
        DueDates.Due due = dueDates.due(terms.length(), ended.dueDate(), theCase.division());
        WindowId id = WindowId.of(theCase.caseId(), kind, ended.subjectId(), milestone.milestoneId());
        return newWindow(id, kind, terms, ended.subjectId(), ended.dueDate(), due, milestone.milestoneId(), replacing);
    }

    /** A new window; one that replaces a window of a corrected milestone keeps the extensions granted to it. */
    Window newWindow(WindowId id, WindowKind kind, WindowKind.WindowTerms terms, Optional<String> subjectId,
                     LocalDate start, DueDates.Due due, String openedBy, Window replacing) {
        if (replacing == null) {
            return new Window(id, theCase.caseId(), kind, subjectId, terms.guidanceSection(), theCase.division(), start,
                    terms.length(), due.dueDate(), due.dueAt(), terms.fixedPenaltyCase(), openedBy, WindowState.OPEN);
        }
        DueDates.Due extended = replacing.extendedBusinessDays() == 0 ? due
                : dueDates.extend(due.dueDate(), replacing.extendedBusinessDays(), theCase.division());
        return new Window(id, theCase.caseId(), kind, subjectId, terms.guidanceSection(), theCase.division(), start,
                terms.length(), extended.dueDate(), extended.dueAt(), terms.fixedPenaltyCase(), openedBy,
                WindowState.OPEN, replacing.extendedBusinessDays(), Optional.of(replacing.id()), replacing.extensions());
    }

    /** §4.5: the delivery date in the EAS letter or, when the letter's date is not known, the usual six months. */
    private DueDates.Due deliveryDate(CaseEvent.MilestoneRecorded milestone) {
        WindowLength.DateInLetter letter = (WindowLength.DateInLetter) WindowKind.EARLY_ACCOUNT_DELIVERY.length();
        return milestone.dueDateInLetter()
                .map(date -> dueDates.dueOn(date, theCase.division()))
                .orElseGet(() -> dueDates.usualDelivery(letter.normallyAtMost(), milestone.occurredOn(), theCase.division()));
    }

    /**
     * The window this milestone opens exists (a redelivery), or another of its kind still runs on the milestone's date;
     * the windows a correction replaces do not count.
     */
    private static boolean alreadyRuns(List<Window> current, WindowKind kind, CaseEvent.MilestoneRecorded milestone,
                                       List<Window> replacing) {
        return current.stream().anyMatch(w -> w.kind() == kind && w.subjectId().equals(milestone.subjectId())
                && replacing.stream().noneMatch(r -> r.id().equals(w.id()))
                && (w.openedBy().equals(milestone.milestoneId()) || w.runsOn(milestone.occurredOn())));
    }

    private static List<Window> metWindowsOf(WindowKind kind, List<Window> current, Optional<String> subjectId) {
        return current.stream()
                .filter(w -> w.kind() == kind && w.state() == WindowState.MET && w.concerns(subjectId))
                .toList();
    }

    private static boolean runsFrom(WindowKind kind, CaseEvent.MilestoneRecorded milestone) {
        if (kind == WindowKind.SETTLEMENT_DISCUSSIONS) {
            return SettlementScheme.coversNoticeOfIntentionOn(milestone.occurredOn());
        }
        return true;
    }
}
