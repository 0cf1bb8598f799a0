package org.sanctionsplatform.guidance.windows;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one agreed extension of a window (a WINDOW_EXTENSION_AGREED milestone): granted, moving the due
 * date from {@code previousDueDate} to {@code dueDate}, or refused with the rule that refused it (the due date
 * then stays put). Kept with the window, so the case officer sees every extension and every refusal.
 *
 * @param requestedBusinessDays the extension the milestone asked for, 0 when it named none
 * @param reason                the recorded reason for the extension, empty when none was given
 * @param refusal               why the extension was refused; empty when granted
 */
public record ExtensionDecision(String milestoneId, LocalDate agreedOn, int requestedBusinessDays, String reason,
                                Optional<String> refusal, LocalDate previousDueDate, LocalDate dueDate) {

    public ExtensionDecision {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(previousDueDate, "previousDueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        if (refusal.isPresent() && !dueDate.equals(previousDueDate)) {
            throw new IllegalArgumentException("a refused extension leaves the due date at " + previousDueDate);
        }
    }

    public boolean granted() {
        return refusal.isEmpty();
    }
}
