package org.sanctionsplatform.guidance.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The windows recomputed under other terms (§13.3: the halved fixed-penalty timeframes, or the full process's when
 * the assessment finds that a fixed-penalty case does not take them): each open (or expired) window whose length or
 * source differs under the new terms is cancelled and opened again from the same start with the new length
 * (DeadlineCancelled, then DeadlineOpened with {@code replacesWindowId}), keeping the extensions granted to it. Windows
 * that run under only one of the terms (settlement, §6.9) are not opened or cancelled retroactively: the milestones
 * recorded from now on open windows under the new terms.
 */
final class TermsPolicy {

    private TermsPolicy() {
    }

    static List<WindowEvent> recompute(CaseWindows theCase, Procedure terms, String causeId, DueDates dueDates) {
        OpeningPolicy opening = new OpeningPolicy(theCase, dueDates);
        List<WindowEvent> events = new ArrayList<>();
        for (Window window : theCase.windows()) {
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
            DueDates.Due due = dueDates.due(now.get().length(), window.startsOn(), theCase.division());
            WindowId id = WindowId.of(theCase.caseId(), window.kind(), window.subjectId(), window.openedBy() + "@" + causeId);
            events.add(new WindowEvent.Opened(opening.newWindow(id, window.kind(), now.get(), window.subjectId(),
                    window.startsOn(), due, window.openedBy(), window)));
        }
        return List.copyOf(events);
    }
}
