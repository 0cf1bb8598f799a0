package org.sanctionsplatform.guidance.windows;

/**
 * A milestone meets the windows it satisfies when it falls on or before their due date (§7.1: late representations
 * are not normally accepted, so a late one leaves the window to expire). What counts is the date it happened: one
 * recorded after the expiry fired but dated in time (representations received on the due day and logged the next
 * morning) meets the expired window. The early account being delivered ends the monthly progress reviews still open
 * (§4.5).
 */
final class MeetingPolicy {

    private MeetingPolicy() {
    }

    static void apply(WindowChanges changes, CaseEvent.MilestoneRecorded milestone) {
        for (Window window : changes.windows()) {
            if (!window.isLive() || !window.concerns(milestone.subjectId())) {
                continue;
            }
            if (window.length() instanceof WindowLength.Recurring recurring) {
                if (recurring.until() == milestone.milestone() && window.isOpen()) {
                    // §4.5: progress reviews run until the early account is delivered; the ones left are not needed.
                    // (Reviews are meetings, not deadlines: no extension or discount depends on them, so their state
                    // may follow the timers.)
                    changes.record(new WindowEvent.Cancelled(window.withState(WindowState.CANCELLED), "no further "
                            + window.kind() + ": " + milestone.milestone() + " " + milestone.milestoneId() + " on "
                            + milestone.occurredOn() + " (§" + window.guidanceSection() + ")"));
                }
            } else if (window.kind().metBy() == milestone.milestone() && window.runsOn(milestone.occurredOn())) {
                changes.record(met(window, milestone));
            }
        }
    }

    private static WindowEvent.Met met(Window window, CaseEvent.MilestoneRecorded milestone) {
        return new WindowEvent.Met(window.met(milestone.milestoneId()), milestone.occurredOn(),
                milestone.milestone().name() + " " + milestone.milestoneId());
    }
}
