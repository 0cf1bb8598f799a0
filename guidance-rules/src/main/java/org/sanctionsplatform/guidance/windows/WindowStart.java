package org.sanctionsplatform.guidance.windows;

/** The milestone a window runs from. */
public sealed interface WindowStart {

    static OnMilestone on(Milestone milestone) {
        return new OnMilestone(milestone);
    }

    static AtEndOf atEndOf(WindowKind windowKind) {
        return new AtEndOf(windowKind);
    }

    /** The window starts on the day the milestone occurred; that day is not counted. */
    record OnMilestone(Milestone milestone) implements WindowStart {
    }

    /** The window starts when another window ends, e.g. OFSI's response runs from the final day for representations (§7.1). */
    record AtEndOf(WindowKind kind) implements WindowStart {
    }
}
