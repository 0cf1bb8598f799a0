package org.sanctionsplatform.deadline.application;

import java.util.List;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.WindowEvent;

/**
 * Outbound port: keeps each window's durable timers (its reminders and its expiry, DESIGN §4) in step with the
 * window. A window that is open after an event gets its timers scheduled at its current due instant (opened) or
 * moved to it (extended, recomputed); a window no longer open (met, cancelled) has its unfired timers cancelled.
 * Timers already fired are never touched. Must be called inside the transaction that stores the change.
 */
public interface DeadlineTimers {

    void windowsChanged(List<WindowEvent> events, Causation causation);

    /**
     * The case closed: every timer of the case not yet fired is cancelled, including the overdue reminders of
     * windows that already expired (those are final, so closing the case does not change them).
     */
    void caseClosed(CaseId caseId, String reason);
}
