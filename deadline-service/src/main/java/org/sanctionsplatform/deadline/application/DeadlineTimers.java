package org.sanctionsplatform.deadline.application;

import java.util.List;
import org.sanctionsplatform.guidance.windows.WindowEvent;

/**
 * Outbound port: keeps each window's durable timers (its reminders and its expiry, DESIGN §4) in step with the
 * window. A window that is open after an event gets its timers scheduled at its current due instant (opened) or
 * moved to it (extended, recomputed); a window no longer open (met, cancelled) has its unfired timers cancelled; a
 * closed case has every unfired timer cancelled. Timers already fired are never touched. Must be called inside the
 * transaction that stores the changes.
 */
public interface DeadlineTimers {

    /**
     * Applies the changes of a batch, leaving the timers exactly as applying them one after another would (the order
     * matters: a timer cancelled by one change is not revived by a later one).
     */
    void apply(List<TimerChange> changes);

    /** The windows changed by one cause. */
    default void windowsChanged(List<WindowEvent> events, Causation causation) {
        apply(events.stream().map(e -> (TimerChange) new TimerChange.WindowChanged(e, causation)).toList());
    }
}
