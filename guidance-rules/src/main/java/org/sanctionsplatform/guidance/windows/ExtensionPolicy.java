package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agreed extension (WINDOW_EXTENSION_AGREED) of the windows of the kind it names that concern its subject, decided
 * by the kind's {@link Extension} rule and by its date:
 * <ul>
 *   <li>granted: the window falls due the agreed business days after its current due date ({@link WindowEvent.Extended});</li>
 *   <li>refused (the guidance provides no extension, no reason or days were given, a cap would be passed, or it was
 *       agreed after the window had closed): the refusal is kept on the window and the due date stays
 *       ({@link WindowEvent.ExtensionRefused});</li>
 *   <li>agreed on or before the due date but recorded after the expiry fired: what counts is the date it was agreed,
 *       so the expired window runs again as a window that replaces it, and is extended (cancelled, opened and
 *       extended, so that the window's timers start afresh) — the outcome never depends on when a timer fired;</li>
 *   <li>met or cancelled windows are not extended (the latest of the kind keeps the refusal).</li>
 * </ul>
 * An extension seen before (a redelivered milestone) changes nothing. A correction of an extension applies to the
 * windows the corrected one was decided for: the days it granted are taken back and the corrected terms decided in
 * their place (refused, the earlier extension stands). Extending the early account's delivery date (§4.6) continues
 * the monthly progress reviews until the new date (§4.5).
 */
final class ExtensionPolicy {

    private final CaseWindows theCase;
    private final DueDates dueDates;

    ExtensionPolicy(CaseWindows theCase, DueDates dueDates) {
        this.theCase = theCase;
        this.dueDates = dueDates;
    }

    void apply(WindowChanges changes, CaseEvent.MilestoneRecorded milestone) {
        ExtensionRequest request = milestone.extension();
        if (request.windowKind().isEmpty()) {
            return;
        }
        WindowKind kind = request.windowKind().get();
        List<Window> ofKind = changes.windows().stream()
                .filter(w -> w.kind() == kind && w.concerns(milestone.subjectId()))
                .toList();
        // open or expired alike: whether it is still open on the date agreed is decided by that date (below)
        List<Window> extendable = ofKind.stream().filter(Window::isLive).toList();
        if (extendable.isEmpty()) {
            ofKind.stream().max(Comparator.comparing(Window::dueDate))
                    .filter(w -> !w.decidedExtension(milestone.milestoneId()))
                    .ifPresent(w -> refuse(changes, w, milestone, new ExtensionRefusal(ExtensionRefusal.WINDOW_KIND,
                            "the " + kind + " window is " + w.state() + ", not open")));
            return;
        }
        for (Window w : milestone.corrects().isPresent() ? extendable : current(extendable, milestone.occurredOn())) {
            if (!w.decidedExtension(milestone.milestoneId())) {
                decide(changes, w, kind, milestone);
            }
        }
    }

    /**
     * The windows an extension agreed on {@code agreedOn} means, per subject: those opened by the milestone that opened
     * the latest of them to have started by that day (one window, or one series such as the progress reviews; the latest
     * of all when none had started). A window of the kind that a later milestone has
     * opened again for the same subject (a second PENALTY_FINALISED opens a second PAYMENT window) is followed by that
     * one: the extension agreed for "the payment window" is of the window now running, and the earlier one is neither
     * extended nor refused. Without this, one extension was both granted (the new window) and refused (the old one,
     * closed on the date agreed), and intake, which asks whether any window refuses, refused what the deadline service
     * granted (WindowRulesContractTest, seed -5783927963231350472). A correction keeps to the windows the corrected
     * extension was decided for, whichever they are.
     */
    private static List<Window> current(List<Window> extendable, LocalDate agreedOn) {
        Map<Optional<String>, Window> latest = new HashMap<>();
        for (Window w : extendable) {
            latest.merge(w.subjectId(), w, (a, b) -> LATEST.compare(startedBy(a, agreedOn), startedBy(b, agreedOn)) >= 0
                    ? a : b);
        }
        return extendable.stream()
                .filter(w -> w.openedBy().equals(latest.get(w.subjectId()).openedBy()))
                .toList();
    }

    /** Started by the day agreed first, then the latest start, the latest due date, the id (for a total order). */
    private static final Comparator<Map.Entry<Boolean, Window>> LATEST = Comparator
            .comparing((Map.Entry<Boolean, Window> e) -> e.getKey())
            .thenComparing(e -> e.getValue().startsOn())
            .thenComparing(e -> e.getValue().dueDate())
            .thenComparing(e -> e.getValue().id().toString());

    private static Map.Entry<Boolean, Window> startedBy(Window w, LocalDate agreedOn) {
        return Map.entry(!w.startsOn().isAfter(agreedOn), w);
    }

    private void decide(WindowChanges changes, Window w, WindowKind kind, CaseEvent.MilestoneRecorded milestone) {
        ExtensionRequest request = milestone.extension();
        // a corrected extension replaces the one it corrects: undo that one's days, then decide this one
        int undo = 0;
        LocalDate closes = w.dueDate();
        String corrects = "";
        if (milestone.corrects().isPresent()) {
            Optional<ExtensionDecision> earlier = w.extensions().stream()
                    .filter(d -> d.milestoneId().equals(milestone.corrects().get()))
                    .findFirst();
            if (earlier.isEmpty()) {
                return; // the corrected extension did not concern this window
            }
            undo = earlier.get().granted() ? earlier.get().requestedBusinessDays() : 0;
            closes = undo == 0 ? w.dueDate() : dueDates.extend(w.dueDate(), -undo, w.division()).dueDate();
            corrects = " (corrects " + earlier.get().milestoneId() + ", which "
                    + (earlier.get().granted() ? "granted " + undo + " business days" : "was refused") + ")";
        }
        int alreadyExtended = w.extendedBusinessDays() - undo;
        LocalDate closesOn = closes;
        Optional<ExtensionRefusal> refusal = kind.extension().refusal(kind, alreadyExtended, request)
                .or(() -> milestone.occurredOn().isAfter(closesOn)
                        ? Optional.of(new ExtensionRefusal(ExtensionRefusal.AGREED_ON, "agreed on "
                                + milestone.occurredOn() + ", after the window closed at the end of " + closesOn))
                        : Optional.empty());
        if (refusal.isPresent()) {
            // a refused correction changes nothing: the extension it corrects stands
            refuse(changes, w, milestone, refusal.get().plus(corrects));
            return;
        }
        int days = request.businessDays().orElseThrow();
        DueDates.Due due = dueDates.extend(closes, days, w.division());
        ExtensionDecision decision = new ExtensionDecision(milestone.milestoneId(), milestone.occurredOn(), days,
                request.reason().orElseThrow() + corrects, Optional.empty(), w.dueDate(), due.dueDate());
        Window extended;
        if (w.isOpen()) {
            extended = w.extended(due, decision, alreadyExtended + days);
        } else {
            // expired, but the extension was agreed in time: the window runs again, extended, under a new id
            changes.record(new WindowEvent.Cancelled(w.withState(WindowState.CANCELLED), "extension "
                    + milestone.milestoneId() + " agreed on " + milestone.occurredOn() + ", on or before the due date "
                    + w.dueDate() + ", was recorded after the window expired: it runs again, extended"));
            Window reopened = w.reopenedAs(WindowId.of(theCase.caseId(), kind, w.subjectId(),
                    w.openedBy() + "@" + milestone.milestoneId()));
            changes.record(new WindowEvent.Opened(reopened));
            extended = reopened.extended(due, decision, alreadyExtended + days);
        }
        changes.record(new WindowEvent.Extended(extended, decision));
        if (kind == WindowKind.EARLY_ACCOUNT_DELIVERY) {
            continueProgressReviews(changes, extended);
        }
    }

    /** §4.5: "regular (e.g., monthly) review meetings" until the early account is delivered, now on its later date. */
    private void continueProgressReviews(WindowChanges changes, Window delivery) {
        Optional<LocalDate> lastReview = changes.windows().stream()
                .filter(w -> w.kind() == WindowKind.EAS_PROGRESS_REVIEW && w.openedBy().equals(delivery.openedBy())
                        && w.subjectId().equals(delivery.subjectId()))
                .map(Window::dueDate)
                .max(Comparator.naturalOrder());
        Optional<WindowKind.WindowTerms> terms = WindowKind.EAS_PROGRESS_REVIEW.termsUnder(theCase.windowTerms());
        if (lastReview.isEmpty() || terms.isEmpty()) {
            return; // the series never ran
        }
        // the account is not delivered (the delivery window was still running), so the series goes on: the reviews of
        // the schedule that fall after the last one so far, numbered by their place in the schedule
        new OpeningPolicy(theCase, dueDates)
                .reviews(WindowKind.EAS_PROGRESS_REVIEW, terms.get(), delivery.openedBy(), delivery.subjectId(),
                        delivery.startsOn(), delivery.dueDate(), lastReview.get())
                .forEach(w -> changes.record(new WindowEvent.Opened(w)));
    }

    private static void refuse(WindowChanges changes, Window w, CaseEvent.MilestoneRecorded milestone,
                               ExtensionRefusal refusal) {
        ExtensionRequest request = milestone.extension();
        ExtensionDecision decision = new ExtensionDecision(milestone.milestoneId(), milestone.occurredOn(),
                request.businessDays().orElse(0), request.reason().orElse(""), Optional.of(refusal.reason()),
                w.dueDate(), w.dueDate());
        changes.record(new WindowEvent.ExtensionRefused(w.refused(decision), decision, refusal.field()));
    }
}
