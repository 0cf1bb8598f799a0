package org.sanctionsplatform.guidance.windows;

import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.guidance.ids.OrderedIds;

/**
 * Identifies one window. Derived from the case, the kind, the subject and the milestone that opened it, so a
 * milestone delivered twice (under two event ids) names the same window and opens it only once; it sorts with the
 * case's id ({@link OrderedIds#after}), so a case's windows, timers and extensions are written next to each other.
 */
public record WindowId(String value) {

    public WindowId {
        Objects.requireNonNull(value, "window id");
    }

    public static WindowId of(CaseId caseId, WindowKind kind, Optional<String> subjectId, String openingMilestoneId) {
        return new WindowId(OrderedIds.after(caseId.value(), caseId.value(), kind.name(), subjectId.orElse(""),
                openingMilestoneId));
    }

    @Override
    public String toString() {
        return value;
    }
}
