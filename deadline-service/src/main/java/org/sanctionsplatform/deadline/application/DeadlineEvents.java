package org.sanctionsplatform.deadline.application;

import java.util.List;
import org.sanctionsplatform.guidance.windows.WindowEvent;

/**
 * Outbound port: announces what happened to windows on {@code enforcement.deadlines.v1}. Must be called inside
 * the transaction that stores the change (the events go through the outbox).
 */
public interface DeadlineEvents {

    void windowsChanged(List<WindowEvent> events, Causation causation);
}
