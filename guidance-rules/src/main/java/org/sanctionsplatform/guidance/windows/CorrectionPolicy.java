package org.sanctionsplatform.guidance.windows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A corrected milestone (one recorded with {@code correctsMilestoneId}) re-runs the windows of the milestone it
 * corrects, because the facts they were computed from have changed:
 * <ul>
 *   <li>its open or expired windows are cancelled; {@link OpeningPolicy} opens them again from the corrected facts,
 *       each naming the window it {@link Window#replaces() replaces} and keeping the extensions granted to it (cancel
 *       and open, because the start date changes and an extension event cannot say so). An expired one runs again
 *       too: whether its timer had fired before the correction arrived must not decide the outcome;</li>
 *   <li>a series of progress reviews (§4.5) keeps the reviews that have already ended and re-computes the rest;</li>
 *   <li>a window that was met is final and not opened again;</li>
 *   <li>a window that the corrected milestone had <em>met</em> runs again (same start, due date and extensions) as a
 *       window that replaces it, for the corrected milestone to meet or not ({@link MeetingPolicy}).</li>
 * </ul>
 */
final class CorrectionPolicy {

    /**
     * What a correction leaves for the windows to be opened: the kinds it settled (met or expired before the
     * correction: not opened again) and, per kind and subject, the windows the new ones replace, as they were.
     */
    record Correction(Set<WindowKind> settled, Map<Slot, List<Window>> replaced) {

        static final Correction NONE = new Correction(Set.of(), Map.of());

        List<Window> replacing(WindowKind kind, Optional<String> subjectId) {
            return replaced.getOrDefault(new Slot(kind, subjectId), List.of());
        }

        Optional<Window> replacingOne(WindowKind kind, Optional<String> subjectId) {
            return replacing(kind, subjectId).stream().findFirst();
        }
    }

    /** A kind of window of one subject (or of the whole case). */
    record Slot(WindowKind kind, Optional<String> subjectId) {
    }

    private CorrectionPolicy() {
    }

    static Correction apply(WindowChanges changes, CaseEvent.MilestoneRecorded milestone, CaseId caseId) {
        if (milestone.corrects().isEmpty()) {
            return Correction.NONE;
        }
        String correctedId = milestone.corrects().get();
        String reason = "milestone corrected: " + correctedId + " replaced by " + milestone.milestoneId();
        Set<WindowKind> settled = EnumSet.noneOf(WindowKind.class);
        Map<Slot, List<Window>> replaced = new HashMap<>();
        for (Window window : changes.windows()) {
            if (window.state() == WindowState.MET && window.metBy().filter(correctedId::equals).isPresent()) {
                // the milestone that met it happened otherwise: the window runs again from the same start to the same
                // due date, and the corrected milestone meets it if it falls on or before that date, or the expiry
                // timer ends it (at once, late, when the due date has passed)
                changes.record(new WindowEvent.Cancelled(window.withState(WindowState.CANCELLED), reason));
                changes.record(new WindowEvent.Opened(window.reopenedAs(WindowId.of(caseId, window.kind(),
                        window.subjectId(), window.openedBy() + "@" + milestone.milestoneId()))));
                continue;
            }
            if (!window.openedBy().equals(correctedId)) {
                continue;
            }
            boolean recurring = window.length() instanceof WindowLength.Recurring;
            if (recurring) {
                // a series keeps the reviews that have already ended; the open ones are re-computed (OpeningPolicy)
                if (window.isOpen()) {
                    changes.record(new WindowEvent.Cancelled(window.withState(WindowState.CANCELLED), reason));
                }
                replaced.computeIfAbsent(new Slot(window.kind(), window.subjectId()), k -> new ArrayList<>()).add(window);
            } else if (window.isLive()) {
                // open or expired alike: it was computed from facts that were wrong, so it runs again from the
                // corrected ones, keeping its extensions (expired again at once, late, if the new due date has passed)
                changes.record(new WindowEvent.Cancelled(window.withState(WindowState.CANCELLED), reason));
                replaced.computeIfAbsent(new Slot(window.kind(), window.subjectId()), k -> new ArrayList<>()).add(window);
            } else if (window.state() == WindowState.MET) {
                // met by its milestone: final, the correction of the milestone that opened it does not run it again
                settled.add(window.kind());
            }
        }
        return new Correction(Set.copyOf(settled), Map.copyOf(replaced));
    }
}
