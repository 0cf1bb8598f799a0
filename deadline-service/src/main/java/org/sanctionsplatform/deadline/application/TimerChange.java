package org.sanctionsplatform.deadline.application;

import java.util.Objects;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.WindowEvent;

/** A change the timers must follow (see {@link DeadlineTimers}): a window changed, or its case closed. */
public sealed interface TimerChange {

    /** The window as the event leaves it: open ones keep timers at their due instant, others lose their unfired ones. */
    record WindowChanged(WindowEvent event, Causation causation) implements TimerChange {
        public WindowChanged {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(causation, "causation");
        }
    }

    /** The case closed: every unfired timer of the case is cancelled, the overdue reminders of expired windows too. */
    record CaseClosed(CaseId caseId, String reason) implements TimerChange {
        public CaseClosed {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
